package org.virtualhall.gateway.outer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.virtualhall.gateway.web.Refusal;

class HallSourceTests {

    @ParameterizedTest
    @ValueSource(strings = {"web", "kiosk-01", "self_service_3", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
    void aChannelNameIsKeptAsGiven(String source) {
        assertThat(HallSource.checked(source)).isEqualTo(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "web\nforged log line", "大厅", "../kiosk", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "a b"})
    void anythingElseIsRefusedNamingTheHeader(String source) {
        assertThatThrownBy(() -> HallSource.checked(source))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(r.error()).isEqualTo("invalid_value");
                    assertThat(r.field()).isEqualTo("X-Hall-Source");
                });
    }
}
