package org.virtualhall.client.panorama;

import com.jme3.app.Application;
import java.util.Optional;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.EnterViewpoint;
import org.virtualhall.client.core.HallEvents.PanoramaShown;
import org.virtualhall.client.core.HallEvents.Stepped;
import org.virtualhall.client.core.Player;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * Walking onto a viewpoint's blue mark steps into its panorama, as P there does; once per arrival. A citizen who is
 * on a mark without having walked onto it (back from the panorama, put there by the radar, the tour or a route) is
 * not taken in until they have walked off it and onto a mark again.
 */
public final class ViewpointArrivalState extends HallAppState {

    /** The mark the citizen stood on when last seen; null when none. */
    private String standingOn;
    private boolean inPanorama;

    @Override
    protected void initialize(Application app) {
        standingOn = markUnderfoot().orElse(null);
        on(PanoramaShown.class, e -> inPanorama = e.viewpoint() != null);
        on(Stepped.class, e -> arrive());
    }

    private void arrive() {
        String mark = markUnderfoot().orElse(null);
        if (mark != null && !mark.equals(standingOn) && !inPanorama) {
            publish(new EnterViewpoint(mark));
        }
        standingOn = mark;
    }

    /** Follows every other move, so that being put on a mark is not an arrival. */
    @Override
    public void update(float tpf) {
        standingOn = markUnderfoot().orElse(null);
    }

    private Optional<String> markUnderfoot() {
        Player p = model().player();
        return model().hall().viewpoints().stream().filter(v -> v.floor() == p.floor())
                .filter(v -> p.position().distanceTo(new Point(v.x(), v.y())) <= PanoramaState.MARK_RADIUS)
                .map(Viewpoint::id).findFirst();
    }
}
