package org.virtualhall.client.core;

import org.virtualhall.client.nav.HallNavigation;
import org.virtualhall.client.nav.Route;
import org.virtualhall.client.settings.Reading;
import org.virtualhall.client.ui.ScreenLayout;
import org.virtualhall.model.hall.Hall;

/**
 * The state every part of the client reads: the hall, the visitor and the active route. Only the render
 * thread writes it.
 */
public final class ClientModel {

    private final Hall hall;
    private final HallNavigation navigation;
    private final EventBus bus;
    private final String source;
    private final String offlineBanner;
    private Player player;
    private Route route;
    private boolean panelOpen;
    private ScreenLayout layout;
    private Reading reading = Reading.PLAIN;

    public ClientModel(Hall hall, String source, String offlineBanner, EventBus bus) {
        this.hall = hall;
        this.source = source;
        this.offlineBanner = offlineBanner;
        this.bus = bus;
        this.navigation = new HallNavigation(hall);
        this.player = atEntrance(hall);
    }

    private static Player atEntrance(Hall hall) {
        return new Player(1, hall.layout().entrance(), facingHeading(hall));
    }

    /** Back at the entrance, facing into the hall, as every visit starts. */
    public void returnToEntrance() {
        movePlayer(atEntrance(hall));
    }

    private static double facingHeading(Hall hall) {
        return switch (hall.layout().entranceFacing()) {
            case NORTH -> 0;
            case EAST -> Math.PI / 2;
            case SOUTH -> Math.PI;
            case WEST -> -Math.PI / 2;
        };
    }

    public Hall hall() {
        return hall;
    }

    /** Where the hall came from, e.g. the server URL or 内置数据. */
    public String source() {
        return source;
    }

    /** The 离线 line shown while the hall comes from a kept or the shipped copy, e.g. 离线模式 · 大厅资料更新于 …; null online. */
    public String offlineBanner() {
        return offlineBanner;
    }

    public HallNavigation navigation() {
        return navigation;
    }

    public EventBus bus() {
        return bus;
    }

    public Player player() {
        return player;
    }

    public void movePlayer(Player next) {
        int before = player.floor();
        player = next;
        if (next.floor() != before) {
            bus.publish(new HallEvents.FloorChanged(next.floor()));
        }
    }

    public Route route() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public boolean panelOpen() {
        return panelOpen;
    }

    public void setPanelOpen(boolean open) {
        this.panelOpen = open;
        bus.publish(new HallEvents.PanelFocus(open));
    }

    /** Where the 2D layer's parts go at the window's present size. */
    public ScreenLayout layout() {
        return layout;
    }

    public void setLayout(ScreenLayout layout) {
        this.layout = layout;
    }

    /** The citizen's reading help: 大字, 高对比, speech rate. */
    public Reading reading() {
        return reading;
    }

    public void setReading(Reading next) {
        this.reading = next;
        bus.publish(new HallEvents.ReadingChanged(next));
    }
}
