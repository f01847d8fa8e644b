package org.virtualhall.client.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperatorPinTests {

    /** {@code printf %s 4711 | sha256sum}, as the README tells a county to make it. */
    private static final String HASH_OF_4711 = "de650d61f5bd166a91f8ccec3158297db18b9d50eaedca238cd29dc3a214a916";

    @Test
    void theRightPinOpensTheKioskAndNoOtherDoes() {
        OperatorPin pin = new OperatorPin(OperatorPin.hash("4711"));

        assertThat(pin.configured()).isTrue();
        assertThat(pin.matches("4711")).isTrue();
        assertThat(pin.matches("4712")).isFalse();
        assertThat(pin.matches("")).isFalse();
        assertThat(pin.matches(null)).isFalse();
    }

    @Test
    void theHashIsTheSha256OfThePinAsSha256sumPrintsIt() {
        assertThat(OperatorPin.hash("4711")).isEqualTo(HASH_OF_4711);
        assertThat(new OperatorPin(HASH_OF_4711.toUpperCase()).matches("4711")).isTrue();
    }

    @Test
    void withoutAConfiguredHashNoPinOpensTheKiosk() {
        OperatorPin none = new OperatorPin(null);

        assertThat(none.configured()).isFalse();
        assertThat(none.matches("")).isFalse();
        assertThat(none.matches("0000")).isFalse();
    }

    @Test
    void aHashThatIsNotSha256IsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new OperatorPin("4711")).hasMessageContaining("pin-sha256").hasMessageContaining("64");
    }
}
