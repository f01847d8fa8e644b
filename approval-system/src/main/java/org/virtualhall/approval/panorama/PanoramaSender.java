package org.virtualhall.approval.panorama;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * 发布's part for the photos: each viewpoint's photo changed since it was last sent goes to the inner gateway, which
 * carries it out on the catalog channel.
 */
@Service
public class PanoramaSender {

    private final PanoramaPhotos photos;
    private final RestClient http;
    private final ApprovalProperties.Gateway gateway;
    private final PanoramaProperties props;
    private final SentPanoramas sent;

    PanoramaSender(PanoramaPhotos photos, RestClient.Builder http, ApprovalProperties properties, PanoramaProperties props,
                   SentPanoramas sent) {
        this.photos = photos;
        this.sent = sent;
        this.http = http.build();
        this.gateway = properties.gateway();
        this.props = props;
    }

    /** The viewpoints that have no photo at all: a publication with any of them is refused. */
    public List<String> withoutPhoto(List<Viewpoint> viewpoints) {
        List<String> missing = new ArrayList<>();
        viewpoints.stream().filter(v -> photos.photo(v.id()).isEmpty()).forEach(v -> missing.add(v.id()));
        return missing;
    }

    /**
     * Sends the photos changed since they were last sent, or with {@code all} every one (全部重发, for an outer side
     * new or rebuilt); returns how many went. A failure throws the RestClient's exception; those sent before it count.
     */
    public int send(List<Viewpoint> viewpoints, boolean all) throws JsonProcessingException {
        sent.keepOnly(viewpoints.stream().map(Viewpoint::id).toList());
        int count = 0;
        for (Viewpoint v : viewpoints) {
            byte[] jpeg = photos.photo(v.id()).orElseThrow();
            String hash = sha256(jpeg);
            if (!all && sent.hash(v.id()).filter(hash::equals).isPresent()) {
                continue;
            }
            http.post().uri(gateway.url().resolve(props.gatewayPath())).contentType(MediaType.APPLICATION_JSON)
                    .body(HallJson.wire().writeValueAsString(new PanoramaPhoto(v.id(), jpeg))).retrieve().toBodilessEntity();
            sent.sent(v.id(), hash);
            count++;
        }
        return count;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
