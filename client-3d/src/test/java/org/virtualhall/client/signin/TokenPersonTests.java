package org.virtualhall.client.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.api.ApiTypes.Credentials;

class TokenPersonTests {

    private static String token(String claims) {
        return "v2." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void thePersonComesFromTheTokensClaims() {
        String token = token("{\"sub\":\"11010519491231002X\",\"name\":\"张三\",\"mobile\":\"13800138000\",\"exp\":1,\"sid\":\"s\"}");

        assertThat(TokenPerson.of(token)).contains(new Credentials("张三", "11010519491231002X", "13800138000"));
    }

    @Test
    void aTokenWithoutAPersonOrOfAnotherShapeGivesNone() {
        assertThat(TokenPerson.of(token("{\"sid\":\"s\"}"))).isEmpty();
        assertThat(TokenPerson.of("opaque")).isEmpty();
        assertThat(TokenPerson.of("v2.%%%.sig")).isEmpty();
        assertThat(TokenPerson.of(null)).isEmpty();
    }
}
