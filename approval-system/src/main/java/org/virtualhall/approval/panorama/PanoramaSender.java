package org.virtualhall.approval.panorama;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.panorama.PanoramaPhoto;
import org.virtualhall.model.panorama.Viewpoint;

/** 发布's part for the photos: each viewpoint's photo to the inner gateway, which carries it out on the catalog channel. */
@Service
public class PanoramaSender {

    private final PanoramaPhotos photos;
    private final RestClient http;
    private final ApprovalProperties.Gateway gateway;
    private final PanoramaProperties props;

    PanoramaSender(PanoramaPhotos photos, RestClient.Builder http, ApprovalProperties properties, PanoramaProperties props) {
        this.photos = photos;
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

    /** Sends every viewpoint's photo; a failure throws the RestClient's exception. */
    public void send(List<Viewpoint> viewpoints) throws JsonProcessingException {
        for (Viewpoint v : viewpoints) {
            byte[] jpeg = photos.photo(v.id()).orElseThrow();
            http.post().uri(gateway.url().resolve(props.gatewayPath())).contentType(MediaType.APPLICATION_JSON)
                    .body(HallJson.wire().writeValueAsString(new PanoramaPhoto(v.id(), jpeg))).retrieve().toBodilessEntity();
        }
    }
}
