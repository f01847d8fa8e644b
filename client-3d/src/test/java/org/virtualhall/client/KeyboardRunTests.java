package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.OnXvfb;
import org.virtualhall.client.testing.Pixels;

/**
 * A visit with the keyboard alone, through the window's own key and character callbacks: find an item (F3, typed
 * through the input method, Tab to the result, Enter), G walks the route, at the window Enter opens the item, Shift-Tab
 * reaches 在线申请, Enter starts the application, Esc backs out.
 */
class KeyboardRunTests extends OnXvfb {

    @Test
    void aCitizenFindsAnItemOpensItsSheetGoesToApplyAndBacksOutWithKeysOnly() throws Exception {
        String script = """
                frames 3
                press F3
                wait-panel search
                type 身份证
                press ENTER
                checkpoint searched
                press TAB
                press TAB
                checkpoint result
                press ENTER
                press G
                wait-panel window 180
                frames 2
                checkpoint window
                press DOWN
                press UP
                checkpoint first-item
                press ENTER
                wait-panel item
                frames 2
                screenshot item-focus
                press SHIFT+TAB
                press SHIFT+TAB
                press SHIFT+TAB
                press SHIFT+TAB
                press SHIFT+TAB
                checkpoint apply-focused
                press ENTER
                wait-panel wizard
                checkpoint wizard
                press ESCAPE
                frames 2
                """;
        ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("keys"), script, Map.of(), "--offline", "--no-audio");

        assertThat(run.exitCode()).as(run.log()).isZero();
        JsonNode searched = run.checkpoint("searched").path("facts");
        assertThat(searched.path("search.query").asText()).isEqualTo("身份证");
        assertThat(searched.path("focus").asText()).isEqualTo("输入框：身份证");
        JsonNode result = run.checkpoint("result").path("facts");
        assertThat(result.path("focus").asText()).startsWith("1. ");

        JsonNode window = run.checkpoint("window").path("facts");
        assertThat(window.path("search.chosen").asText()).contains("身份证");
        assertThat(window.path("panel").asText()).isEqualTo("window");
        String firstItem = window.path("window.items").get(0).asText();
        assertThat(window.path("focus").asText()).as("the first item has the focus").isEqualTo(firstItem);
        assertThat(run.checkpoint("first-item").path("facts").path("focus").asText()).isEqualTo(firstItem);

        JsonNode apply = run.checkpoint("apply-focused").path("facts");
        assertThat(apply.path("panel").asText()).isEqualTo("item");
        assertThat(apply.path("focus").asText()).isEqualTo("在线申请");
        assertThat(run.checkpoint("wizard").path("facts").path("panel").asText()).isEqualTo("wizard");
        assertThat(run.facts().path("panel").asText()).as("Esc backed out").isEqualTo("none");

        Pixels shot = Pixels.of(run.screenshot("item-focus"));
        assertThat(shot.share(0, 0, WIDTH, HEIGHT, KeyboardRunTests::focusOrange)).as("the focus mark").isGreaterThan(0.002);
    }

    private static boolean focusOrange(int c) {
        return Pixels.r(c) > 230 && Pixels.g(c) > 130 && Pixels.g(c) < 175 && Pixels.b(c) < 40;
    }
}
