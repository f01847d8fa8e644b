package org.virtualhall.client.kiosk;

import com.jme3.math.Vector3f;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import java.util.function.Consumer;
import org.virtualhall.client.ui.UiStyle;

/** The operator's PIN pad: digits shown as dots, 退格, 确定. */
final class OperatorPanel {

    private final Container panel = UiStyle.panel();
    private final Label dots;
    private final Label message;
    private final StringBuilder entered = new StringBuilder();
    private final Consumer<String> submit;

    OperatorPanel(Consumer<String> submit) {
        this.submit = submit;
        panel.addChild(new Label("工作人员 · 请输入操作密码", UiStyle.TITLE, UiStyle.STYLE));
        dots = panel.addChild(new Label("", UiStyle.STYLE));
        message = panel.addChild(new Label("", UiStyle.STYLE));
        String[] rows = {"123", "456", "789"};
        for (String row : rows) {
            Container keys = panel.addChild(UiStyle.row());
            row.chars().forEach(c -> key(keys, String.valueOf((char) c), () -> digit((char) c)));
        }
        Container last = panel.addChild(UiStyle.row());
        key(last, "退格", this::backspace);
        key(last, "0", () -> digit('0'));
        key(last, "确定", this::confirm);
    }

    Container panel() {
        return panel;
    }

    private void key(Container row, String label, Runnable action) {
        Button b = row.addChild(new Button(label, UiStyle.STYLE));
        b.setPreferredSize(new Vector3f(UiStyle.touchSize() * 1.6f, UiStyle.touchSize(), 0));
        b.addClickCommands(x -> action.run());
    }

    private void digit(char c) {
        entered.append(c);
        show();
    }

    private void backspace() {
        if (entered.length() > 0) {
            entered.setLength(entered.length() - 1);
        }
        show();
    }

    private void confirm() {
        String pin = entered.toString();
        entered.setLength(0);
        show();
        submit.accept(pin);
    }

    /** Types the digits on the pad, then 确定. */
    void type(String digits) {
        digits.chars().forEach(c -> digit((char) c));
        confirm();
    }

    void refused() {
        message.setText("密码不正确");
    }

    private void show() {
        dots.setText("●".repeat(entered.length()));
        message.setText("");
    }
}
