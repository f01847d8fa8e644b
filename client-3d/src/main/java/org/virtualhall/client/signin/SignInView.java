package org.virtualhall.client.signin;

import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.ui.UiStyle;

/**
 * The sign-in panel (实名登录): name, ID number, mobile with 「获取验证码」 and its countdown, the six-digit code,
 * 「登录」, and 「省统一身份认证平台登录」 when the server offers it. Each field has its own problem line under it;
 * problems that name no field go to the message line. Signed in, it shows who and 「退出登录」.
 */
final class SignInView {

    /** What the buttons do. */
    interface Actions {
        void requestCode();

        void signIn();

        void provider();

        void signOut();

        void close();
    }

    private static final float WIDTH = 520;

    private final Container panel = UiStyle.panel();
    private final Map<String, TextField> inputs = new LinkedHashMap<>();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final Label message;
    private Button codeButton;

    /** The form, with the prompt (why to sign in now, may be empty) and the platform's name (null: not offered). */
    SignInView(SignInForm form, String prompt, String provider, Actions actions) {
        panel.addChild(new Label("实名登录", UiStyle.TITLE, UiStyle.STYLE));
        if (!prompt.isEmpty()) {
            Label why = panel.addChild(new Label(prompt, UiStyle.STYLE));
            why.setColor(UiStyle.ACCENT);
            why.setMaxWidth(WIDTH);
        }
        field("name", "姓名", form.name, null);
        field("idNumber", "身份证号码", form.idNumber, null);
        codeButton = new Button("获取验证码", UiStyle.STYLE);
        codeButton.addClickCommands(b -> actions.requestCode());
        field("mobile", "手机号码", form.mobile, codeButton);
        field("code", "短信验证码（6位）", form.code, null);
        message = panel.addChild(new Label("", UiStyle.STYLE));
        message.setColor(UiStyle.PROBLEM);
        message.setMaxWidth(WIDTH);
        Container buttons = panel.addChild(UiStyle.row());
        buttons.addChild(new Button("登录", UiStyle.STYLE)).addClickCommands(b -> actions.signIn());
        buttons.addChild(new Button("关闭", UiStyle.STYLE)).addClickCommands(b -> actions.close());
        if (provider != null) {
            panel.addChild(new Button(provider + "登录", UiStyle.STYLE)).addClickCommands(b -> actions.provider());
        }
    }

    /** Who is signed in, and 「退出登录」. */
    SignInView(Credentials person, Actions actions) {
        panel.addChild(new Label("实名登录", UiStyle.TITLE, UiStyle.STYLE));
        PersonView.addTo(panel, "已登录", person);
        message = panel.addChild(new Label("", UiStyle.STYLE));
        Container buttons = panel.addChild(UiStyle.row());
        buttons.addChild(new Button("退出登录", UiStyle.STYLE)).addClickCommands(b -> actions.signOut());
        buttons.addChild(new Button("关闭", UiStyle.STYLE)).addClickCommands(b -> actions.close());
    }

    Container panel() {
        return panel;
    }

    private void field(String key, String label, String value, Button beside) {
        panel.addChild(new Label(label, UiStyle.STYLE));
        Container row = panel.addChild(UiStyle.row());
        TextField input = row.addChild(new TextField(value, UiStyle.STYLE));
        input.setPreferredWidth(beside == null ? WIDTH : WIDTH - 170);
        if (beside != null) {
            row.addChild(beside);
        }
        inputs.put(key, input);
        Label problem = panel.addChild(new Label("", UiStyle.STYLE));
        problem.setColor(UiStyle.PROBLEM);
        problem.setFontSize(16f);
        problem.setMaxWidth(WIDTH);
        problems.put(key, problem);
    }

    /** Copies what was typed into the form. */
    void readInto(SignInForm form) {
        form.name = text("name", form.name);
        form.idNumber = text("idNumber", form.idNumber);
        form.mobile = text("mobile", form.mobile);
        form.code = text("code", form.code);
    }

    /** Shows the form's values in the fields (a script filled them). */
    void show(SignInForm form) {
        set("name", form.name);
        set("idNumber", form.idNumber);
        set("mobile", form.mobile);
        set("code", form.code);
    }

    private String text(String key, String fallback) {
        TextField field = inputs.get(key);
        return field == null ? fallback : field.getText().strip();
    }

    private void set(String key, String value) {
        if (inputs.containsKey(key)) {
            inputs.get(key).setText(value);
        }
    }

    /** Shows a problem beside its field, or on the message line when it names none of the panel's fields. */
    void problem(String field, String reason) {
        Label line = field == null ? null : problems.get(field);
        if (line == null) {
            line = message;
            message.setColor(UiStyle.PROBLEM);
        }
        line.setText(reason);
    }

    void clearProblems() {
        problems.values().forEach(l -> l.setText(""));
        message.setText("");
    }

    /** The problems shown now, by field ("" for the message line). */
    Map<String, String> shownProblems() {
        Map<String, String> shown = new LinkedHashMap<>();
        problems.forEach((field, line) -> {
            if (!line.getText().isEmpty()) {
                shown.put(field, line.getText());
            }
        });
        if (!message.getText().isEmpty()) {
            shown.put("", message.getText());
        }
        return shown;
    }

    /** A line of news on the message line (e.g. the code was sent), in the normal colour. */
    void note(String text) {
        message.setColor(UiStyle.ACCENT);
        message.setText(text);
    }

    /** The code button while another code may not be asked for yet: its text counts down. */
    void countdown(long seconds) {
        if (codeButton == null) {
            return;
        }
        codeButton.setText(seconds > 0 ? "重新获取（" + seconds + "秒）" : "获取验证码");
        codeButton.setEnabled(seconds <= 0);
    }

    String codeButtonText() {
        return codeButton == null ? "" : codeButton.getText();
    }
}
