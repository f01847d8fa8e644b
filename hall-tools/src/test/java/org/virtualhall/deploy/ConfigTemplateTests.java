package org.virtualhall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTemplateTests {

    private static final String METADATA = """
            {"groups": [{"name": "hall.gateway.outer.auth.sms", "type": "org.virtualhall.gateway.outer.auth.SmsProperties"}],
             "properties": [
              {"name": "hall.gateway.outer.auth.sms.resend-interval", "type": "java.time.Duration",
               "description": "the least time between two codes for one mobile", "defaultValue": "60s"},
              {"name": "hall.gateway.outer.auth.sms.gateway", "type": "java.lang.String",
               "description": "{@code outbox} (embedded) or {@code http} (a carrier's API, {@link #http})", "defaultValue": "outbox"},
              {"name": "hall.gateway.outer.auth.sms.text", "type": "java.lang.String", "description": "the message"},
              {"name": "hall.gateway.inner.approval-url", "type": "java.net.URI", "description": "the approval system"}]}
            """;
    private static final String YAML = """
            hall:
              gateway:
                outer:
                  auth:
                    sms:
                      resend-interval: 90s
                      text: "【青溪县】验证码{code}"
                      unknown-setting: 1
            """;

    @Test
    void aRoleListsItsSettingsWithTheValueItsYamlGivesAndTheMetadatasDefaultOtherwise() throws IOException {
        List<Setting> settings = RoleSettings.of(List.of(stream(METADATA)), List.of(stream(YAML)),
                name -> name.startsWith("hall.gateway.outer."));
        assertThat(settings).extracting(Setting::name).containsExactly("hall.gateway.outer.auth.sms.gateway",
                "hall.gateway.outer.auth.sms.resend-interval", "hall.gateway.outer.auth.sms.text");
        assertThat(settings).extracting(Setting::defaultValue).containsExactly("outbox", "90s", "【青溪县】验证码{code}");
        assertThat(settings).extracting(Setting::group).containsOnly("hall.gateway.outer.auth.sms");
    }

    @Test
    void theTemplateExplainsEachSettingAndLeavesItCommentedOut() throws IOException {
        List<Setting> settings = RoleSettings.of(List.of(stream(METADATA)), List.of(stream(YAML)),
                name -> name.startsWith("hall.gateway.outer."));
        String template = ConfigTemplate.render("outer", Map.of("server.address", List.of("where it listens", "127.0.0.1")), settings);
        assertThat(template).contains("# where it listens\n#server.address: 127.0.0.1\n",
                "# the least time between two codes for one mobile\n#hall.gateway.outer.auth.sms.resend-interval: 90s\n",
                "# outbox (embedded) or http (a carrier's API, http)\n", "#hall.gateway.outer.auth.sms.text: \"【青溪县】验证码{code}\"")
                .doesNotContain("{@code", "approval-url");
        assertThat(template.lines().filter(line -> !line.startsWith("#") && !line.isBlank())).isEmpty();
    }

    @Test
    void settingsTheYamlSetsWithoutMetadataAndSettingsWithoutDescriptionAreNamed() throws IOException {
        String noDescription = METADATA.replace("\"description\": \"the message\"", "\"description\": \"\"");
        assertThat(RoleSettings.unexplained(stream(noDescription), List.of(stream(YAML)), name -> name.startsWith("hall.")))
                .containsExactly("hall.gateway.outer.auth.sms.text: no description (a @param in the settings record)",
                        "hall.gateway.outer.auth.sms.unknown-setting: set in the YAML, unknown to the configuration metadata");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
