package org.virtualhall.client.nav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.virtualhall.model.layout.Point;

class ManoeuvreWriterTests {

    @Test
    void walkingNorthThenWestIsALeftTurn() {
        assertThat(ManoeuvreWriter.turn(new Point(10, 10), new Point(10, 0), new Point(0, 0))).isEqualTo("前方左转");
    }

    @Test
    void walkingNorthThenEastIsARightTurn() {
        assertThat(ManoeuvreWriter.turn(new Point(10, 10), new Point(10, 0), new Point(20, 0))).isEqualTo("前方右转");
    }

    @Test
    void aSmallBendIsSaidAsBearingLeftOrRight() {
        assertThat(ManoeuvreWriter.turn(new Point(0, 10), new Point(0, 0), new Point(-4, -6))).isEqualTo("向左前方走");
    }

    @Test
    void straightOnSaysNothing() {
        assertThat(ManoeuvreWriter.turn(new Point(0, 10), new Point(0, 5), new Point(0.5, 0))).isNull();
    }

    @Test
    void floorNamesAreChinese() {
        assertThat(ManoeuvreWriter.floorName(2)).isEqualTo("二楼");
    }
}
