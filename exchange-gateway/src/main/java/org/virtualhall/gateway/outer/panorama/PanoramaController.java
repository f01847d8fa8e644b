package org.virtualhall.gateway.outer.panorama;

import java.time.Duration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.virtualhall.gateway.web.Refusal;

/**
 * {@code GET /api/panoramas/{id}.jpg}: a viewpoint's 720° photo, or with {@code ?size=preview} a small one that
 * shows at once. Tagged by content, so a client asks again with {@code If-None-Match} and gets 304.
 */
@RestController
@Profile("outer")
class PanoramaController {

    private static final CacheControl REVALIDATE = CacheControl.maxAge(Duration.ZERO).cachePublic().mustRevalidate();

    private final PanoramaStore store;

    PanoramaController(PanoramaStore store) {
        this.store = store;
    }

    @GetMapping("/api/panoramas/{id}.jpg")
    ResponseEntity<byte[]> panorama(@PathVariable String id, @RequestParam(defaultValue = "full") String size,
                                    WebRequest request) {
        if (!size.equals("full") && !size.equals("preview")) {
            throw Refusal.badRequest("invalid_size", "size 只能是 full 或 preview", "size");
        }
        boolean preview = size.equals("preview");
        String etag = store.etag(id, preview).orElseThrow(() -> notFound(id));
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(REVALIDATE).build();
        }
        ServedPanorama photo = store.photo(id, preview).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).eTag(photo.etag())
                .cacheControl(REVALIDATE).contentLength(photo.body().length).body(photo.body());
    }

    private static Refusal notFound(String id) {
        return new Refusal(HttpStatus.NOT_FOUND, "not_found", "没有这个点位的全景图：" + id, "id");
    }
}
