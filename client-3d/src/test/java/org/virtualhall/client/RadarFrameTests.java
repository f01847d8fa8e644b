package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.radar.RadarFrame;
import org.virtualhall.client.ui.Rect;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;

class RadarFrameTests {

    private final Floor floor = new Floor(1, "一楼", 64, 36, 4.5, List.of(), List.of(), List.of());
    private final RadarFrame frame = RadarFrame.in(floor, new Rect(870, 10, 400, 300));

    @Test
    void theRadarFillsItsRectangleAtTheBottomRight() {
        assertThat(frame.left() + frame.widthPixels()).isEqualTo(1270f);
        assertThat(frame.bottom()).isEqualTo(10f);
        assertThat(frame.heightPixels()).isEqualTo(400f * 36 / 64);
        RadarFrame deep = RadarFrame.in(new Floor(2, "二楼", 40, 60, 4.5, List.of(), List.of(), List.of()), new Rect(870, 10, 400, 300));
        assertThat(deep.heightPixels()).as("a deep floor keeps to the rectangle's height").isEqualTo(300f);
        assertThat(deep.left() + deep.widthPixels()).isEqualTo(1270f);
    }

    @Test
    void theNorthWestCornerIsAtTheTopLeftOfTheRadar() {
        Vector3f corner = frame.toScreen(new Point(0, 0), 0);
        assertThat(corner.x).isEqualTo(frame.left());
        assertThat(corner.y).isEqualTo(frame.bottom() + frame.heightPixels());
    }

    @Test
    void aClickMapsBackToThePlanPoint() {
        Point p = new Point(12.5, 30);
        Vector3f screen = frame.toScreen(p, 0);
        Point back = frame.toPlan(new Vector2f(screen.x, screen.y));
        assertThat(back.x()).isCloseTo(12.5, within(1e-3));
        assertThat(back.y()).isCloseTo(30, within(1e-3));
        assertThat(frame.contains(new Vector2f(screen.x, screen.y))).isTrue();
        assertThat(frame.contains(new Vector2f(10, 10))).isFalse();
    }
}
