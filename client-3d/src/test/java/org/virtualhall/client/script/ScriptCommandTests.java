package org.virtualhall.client.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptCommandTests {

    @Test
    void commentsAndBlankLinesAreSkippedAndLinesKeepTheirNumbers() {
        List<ScriptCommand> commands = ScriptCommand.parse(List.of("# a tour", "", "search 身份证 补领  # find it", "wait 1.5"));

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0)).isEqualTo(new ScriptCommand(3, "search", List.of("身份证", "补领")));
        assertThat(commands.get(0).rest(0)).isEqualTo("身份证 补领");
        assertThat(commands.get(1).number(0)).isEqualTo(1.5);
    }

    @Test
    void aMissingArgumentNamesTheLine() {
        ScriptCommand c = ScriptCommand.parse(List.of("open")).get(0);
        assertThatThrownBy(() -> c.arg(0)).hasMessageContaining("script line 1");
    }
}
