package org.virtualhall.client.walk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.virtualhall.client.nav.HallNavigation;
import org.virtualhall.client.nav.NavGrid;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.layout.Point;

class CollisionTests {

    private final Hall hall = HallLoader.fromClasspath();
    private final HallNavigation navigation = new HallNavigation(hall);
    private final NavGrid ground = navigation.grid(1);

    @Test
    void walkingIntoTheWestWallSlidesAlongIt() {
        Point p = new Point(20, 28);
        for (int i = 0; i < 400; i++) {
            p = Collision.move(ground, p, -0.1, -0.01);
        }
        assertThat(ground.free(p)).isTrue();
        assertThat(p.x()).as("held off the wall").isGreaterThan(0.3).isLessThan(1.0);
        assertThat(p.y()).as("kept sliding north along the wall").isLessThan(25);
    }

    @Test
    void aCounterCannotBeWalkedThrough() {
        Window a01 = hall.window("A01").orElseThrow();
        Point p = navigation.servicePoint(a01);
        for (int i = 0; i < 100; i++) {
            p = Collision.move(ground, p, -0.1, 0);
        }
        assertThat(p.x()).as("stopped in front of the counter").isGreaterThan(a01.position().x() + Window.COUNTER_DEPTH / 2);
    }

    @Test
    void openFloorIsWalkedFreely() {
        Point from = new Point(30, 25);
        assertThat(Collision.move(ground, from, 0.5, -0.5)).isEqualTo(new Point(30.5, 24.5));
    }
}
