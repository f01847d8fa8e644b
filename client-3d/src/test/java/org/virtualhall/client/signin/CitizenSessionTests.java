package org.virtualhall.client.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.Session;

class CitizenSessionTests {

    private static final Credentials ZHANG = new Credentials("张三", "11010519491231002X", "13800138000");
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static CitizenSession lasting(Duration life, String refreshToken) {
        return CitizenSession.of(ZHANG, new Session("t", NOW.plus(life), refreshToken, NOW.plus(Duration.ofDays(7))), NOW);
    }

    @Test
    void aLongTokenIsRenewedAMinuteBeforeItEnds() {
        assertThat(lasting(Duration.ofMinutes(30), "r").renewAt()).isEqualTo(NOW.plus(Duration.ofMinutes(29)));
    }

    @Test
    void aShortTokenIsRenewedAQuarterOfItsLifeBeforeItEnds() {
        assertThat(lasting(Duration.ofSeconds(20), "r").renewAt()).isEqualTo(NOW.plusSeconds(15));
    }

    @Test
    void onlyASessionWithARefreshTokenCanBeRenewed() {
        assertThat(lasting(Duration.ofMinutes(30), "r").renewable()).isTrue();
        assertThat(lasting(Duration.ofMinutes(30), null).renewable()).isFalse();
    }
}
