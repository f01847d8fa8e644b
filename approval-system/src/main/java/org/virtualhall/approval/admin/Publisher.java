package org.virtualhall.approval.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.virtualhall.approval.audit.AuditAction;
import org.virtualhall.approval.audit.AuditLog;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.panorama.PanoramaSender;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.hall.HallDataException;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;

/** 发布: sends the catalog and layout to the inner gateway, which carries them out to the hall and the search index. */
@Service
class Publisher {

    /** How a publication went; {@code version} is the published content hash when it went out. */
    record Result(boolean sent, String version, String message) {
    }

    private final Catalog catalog;
    private final ApprovalProperties.Gateway gateway;
    private final RestClient http;
    private final AuditLog audit;
    private final PanoramaSender panoramas;

    Publisher(Catalog catalog, ApprovalProperties properties, RestClient.Builder http, AuditLog audit,
              PanoramaSender panoramas) {
        this.catalog = catalog;
        this.panoramas = panoramas;
        this.audit = audit;
        this.gateway = properties.gateway();
        this.http = http.build();
    }

    /**
     * Publishes with the photos changed since the last publication, or with {@code allPhotos} every one (全部重发),
     * and records in the audit trail how it went.
     */
    Result publish(boolean allPhotos) {
        Result result = send(allPhotos);
        audit.record(result.sent() ? AuditAction.PUBLISHED : AuditAction.PUBLISH_FAILED,
                result.version() == null ? "目录" : result.version(), result.message());
        return result;
    }

    private Result send(boolean allPhotos) {
        PublishedHall hall;
        try {
            hall = catalog.toPublished();
        } catch (HallDataException e) {
            return new Result(false, null, "目录检查未通过，未发布：" + e.problems());
        }
        List<String> withoutPhoto = panoramas.withoutPhoto(hall.viewpoints());
        if (!withoutPhoto.isEmpty()) {
            return new Result(false, null, "点位没有全景图，未发布：" + String.join("、", withoutPhoto));
        }
        try {
            int photos = panoramas.send(hall.viewpoints(), allPhotos);
            http.post().uri(gateway.catalog()).contentType(MediaType.APPLICATION_JSON)
                    .body(HallJson.wire().writeValueAsString(hall)).retrieve().toBodilessEntity();
            return new Result(true, hall.version(), "已发布版本 " + hall.version() + "：" + hall.departments().size()
                    + " 个部门、" + hall.windows().size() + " 个窗口、" + hall.staff().size() + " 名工作人员、"
                    + hall.items().size() + " 个事项、" + hall.viewpoints().size() + " 个全景点位（发送全景图 " + photos + " 张）");
        } catch (RestClientException | JsonProcessingException e) {
            return new Result(false, hall.version(), "内网网关未接收发布（" + gateway.catalog() + "）：" + e.getMessage());
        }
    }
}
