package org.virtualhall.gateway.inner.outbound;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.feedback.OutboundEvent;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.hall.HallDataException;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.panorama.PanoramaImage;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * Where the approval system pushes what goes back out (docs/contracts.md, "Feedback"). A 2xx means the
 * events are on a persistent queue; the approval system's outbox may then forget them.
 */
@RestController
@Profile("inner")
class OutboundController {

    private static final int MAX_EVENTS = 1000;

    private final FeedbackPublisher publisher;

    OutboundController(FeedbackPublisher publisher) {
        this.publisher = publisher;
    }

    @PostMapping("/api/outbound/events")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Integer> events(@RequestBody List<OutboundEvent> events) {
        if (events.size() > MAX_EVENTS) {
            throw Refusal.badRequest("too_many_events", "一次最多推送" + MAX_EVENTS + "条事件", null);
        }
        for (int i = 0; i < events.size(); i++) {
            OutboundEvent e = events.get(i);
            if (e == null || e.id() == null || e.id().isBlank() || e.id().length() > 100) {
                throw Refusal.badRequest("missing_field", "事件需要不超过100字符的 id", "[" + i + "].id");
            }
            if (e.receipt() == null || e.receipt().isBlank()) {
                throw Refusal.badRequest("missing_field", "事件需要 receipt", "[" + i + "].receipt");
            }
            if (e.status() == null) {
                throw Refusal.badRequest("missing_field", "事件需要 status", "[" + i + "].status");
            }
        }
        publisher.events(events);
        return Map.of("accepted", events.size());
    }

    @PostMapping("/api/outbound/catalog")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> catalog(@RequestBody PublishedHall hall) {
        try {
            hall.toHall();
        } catch (HallDataException | NullPointerException e) {
            throw Refusal.badRequest("invalid_catalog", "目录发布未通过大厅数据检查：" + e.getMessage(), null);
        }
        publisher.catalog(hall);
        return Map.of("version", String.valueOf(hall.version()));
    }

    /** A viewpoint's panorama photo, sent out beside the catalog that names the viewpoint. */
    @PostMapping("/api/outbound/panoramas")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> panorama(@RequestBody PanoramaPhoto photo) {
        if (!Viewpoint.validId(photo.viewpoint())) {
            throw Refusal.badRequest("invalid_viewpoint", "点位编号须为小写字母、数字和连字符", "viewpoint");
        }
        if (photo.jpeg() == null) {
            throw Refusal.badRequest("missing_field", "缺少全景图片", "jpeg");
        }
        PanoramaImage.problem(photo.jpeg()).ifPresent(problem -> {
            throw Refusal.badRequest("invalid_panorama", problem, "jpeg");
        });
        publisher.panorama(photo);
        return Map.of("viewpoint", photo.viewpoint());
    }
}
