package org.virtualhall.approval.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.deploy.RoleSettings;

/**
 * Every setting of the approval system is explained where a county reads it (its server package's settings template,
 * written from the configuration metadata): each is in the metadata and has a description.
 */
class SettingsExplainedTests {

    @Test
    void everySettingHasADescription() throws IOException {
        assertThat(RoleSettings.unexplainedOnClassPath(getClass().getClassLoader(), List.of("application.yml"), "approval."))
                .isEmpty();
    }
}
