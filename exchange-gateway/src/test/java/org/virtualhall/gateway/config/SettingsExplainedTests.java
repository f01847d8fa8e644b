package org.virtualhall.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.deploy.RoleSettings;

/**
 * Every setting of the gateway is explained where a county reads it: the server packages' settings templates are
 * written from the configuration metadata, so each setting must be in it (a settings record, or the additional
 * metadata for a {@code @Value}) and have a description.
 */
class SettingsExplainedTests {

    @Test
    void everySettingTheRolesReadHasADescription() throws IOException {
        assertThat(RoleSettings.unexplainedOnClassPath(getClass().getClassLoader(),
                List.of("application.yml", "application-outer.yml", "application-inner.yml", "application-ferry.yml"), "hall."))
                .isEmpty();
    }
}
