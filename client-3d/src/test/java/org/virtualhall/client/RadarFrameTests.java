package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.radar.RadarFrame;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;

class RadarFrameTests {

    private final Floor floor = new Floor(1, "一楼", 64, 36, 4.5, List.of(), List.of(), List.of());
    private final RadarFrame frame = RadarFrame.bottomRight(floor, 1280);

    @Test
    void theRadarSitsAtTheBottomRightOfTheScreen() {
        assertThat(frame.left() + RadarFrame.WIDTH_PIXELS + RadarFrame.MARGIN).isEqualTo(1280f);
        assertThat(frame.bottom()).isEqualTo(RadarFrame.MARGIN);
        assertThat(frame.heightPixels()).isEqualTo(400f * 36 / 64);
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
