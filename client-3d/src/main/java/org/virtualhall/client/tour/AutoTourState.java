package org.virtualhall.client.tour;

import com.jme3.app.Application;
import java.util.List;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.UserActive;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.Player;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.model.layout.Point;

/**
 * The idle auto-tour: after the configured idle time a guided camera glides through the hall's zones with
 * captions and voice; any input by the visitor stops it.
 */
public final class AutoTourState extends HallAppState {

    private static final float GLIDE_SECONDS = 3.5f;
    private static final float HOLD_SECONDS = 4f;

    private List<TourStop> stops;
    private float idle;
    private int index = -1;
    private int lastIndex;
    private float t;
    private Player from;

    @Override
    protected void initialize(Application app) {
        stops = TourStop.of(model().hall(), model().navigation());
        on(UserActive.class, e -> {
            idle = 0;
            if (running()) {
                stop();
            }
        });
        on(VisitReset.class, e -> {
            index = -1;
            idle = 0;
        });
        getState(ScriptState.class).register("tour", c -> {
            start(c.args().isEmpty() ? stops.size() : (int) c.number(0));
            return tpf -> !running();
        });
    }

    public boolean running() {
        return index >= 0;
    }

    /** Starts the tour over the first {@code count} stops. */
    public void start(int count) {
        lastIndex = Math.min(count, stops.size()) - 1;
        index = 0;
        begin();
        context().facts().increment("tour.started");
    }

    private void begin() {
        from = model().player();
        t = 0;
        publish(new Say(stops.get(index).caption()));
    }

    private void stop() {
        index = -1;
        publish(new Say("导览结束，祝您办事顺利"));
    }

    @Override
    public void update(float tpf) {
        // A kiosk starts the tour from its own idle clock.
        int idleSeconds = context().options().kiosk().on() ? 0 : context().options().idleSeconds();
        if (!running()) {
            idle += tpf;
            if (idleSeconds > 0 && idle > idleSeconds && !model().panelOpen() && model().route() == null
                    && getState(ScriptState.class).idle()) {
                idle = 0;
                start(stops.size());
            }
            return;
        }
        t += tpf;
        TourStop stop = stops.get(index);
        float k = Math.min(1f, t / GLIDE_SECONDS);
        float ease = k * k * (3 - 2 * k);
        Player to = stop.view();
        if (from.floor() != to.floor()) {
            from = new Player(to.floor(), to.position(), from.heading());
        }
        Point p = new Point(from.position().x() + (to.position().x() - from.position().x()) * ease,
                from.position().y() + (to.position().y() - from.position().y()) * ease);
        double dh = Math.atan2(Math.sin(to.heading() - from.heading()), Math.cos(to.heading() - from.heading()));
        model().movePlayer(new Player(to.floor(), p, from.heading() + dh * ease));
        if (t > GLIDE_SECONDS + HOLD_SECONDS) {
            if (index >= lastIndex) {
                stop();
            } else {
                index++;
                begin();
            }
        }
    }
}
