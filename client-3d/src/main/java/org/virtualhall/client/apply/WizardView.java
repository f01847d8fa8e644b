package org.virtualhall.client.apply;

import com.simsilica.lemur.Button;
import com.simsilica.lemur.Checkbox;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.signin.PersonView;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Material;

/** The wizard's panel for one step: the fields, checkboxes and buttons, and the message line. */
final class WizardView {

    /** What the buttons do. */
    interface Actions {
        void next();

        void close();

        void attach(Path file);
    }

    private final ApplicationDraft draft;
    private final int step;
    private final Actions actions;
    private final Map<String, TextField> inputs = new HashMap<>();
    private final Container panel = UiStyle.panel();
    private final Label message;

    /** {@code signedIn}: the citizen signed in, who applies; null when no one is yet. */
    WizardView(ApplicationDraft draft, int step, Credentials signedIn, Actions actions) {
        this.draft = draft;
        this.step = step;
        this.actions = actions;
        panel.addChild(new Label("在线申请 · " + draft.item.name(), UiStyle.TITLE, UiStyle.STYLE));
        panel.addChild(new Label(stepLine(), UiStyle.STYLE)).setFontSize(16f);
        switch (step) {
            case 0 -> draft.item.form().forEach(f -> field(f.key(), label(f), draft.form.getOrDefault(f.key(), "")));
            case 1 -> materials();
            case 2 -> applicant(signedIn);
            default -> panel.addChild(new Label("可在“我的申请”(F4) 查看办理进度", UiStyle.STYLE));
        }
        message = panel.addChild(new Label("", UiStyle.STYLE));
        message.setColor(UiStyle.ACCENT);
        Container buttons = panel.addChild(UiStyle.row());
        if (step < WizardState.STEPS.length - 1) {
            String label = step < 2 ? "下一步" : signedIn == null ? "登录并提交" : "提交申请";
            buttons.addChild(new Button(label, UiStyle.STYLE)).addClickCommands(b -> actions.next());
        }
        buttons.addChild(new Button("关闭", UiStyle.STYLE)).addClickCommands(b -> actions.close());
    }

    Container panel() {
        return panel;
    }

    void message(String text) {
        message.setText(text);
    }

    String message() {
        return message.getText();
    }

    /** Copies what was typed into the draft. */
    void readInto(ApplicationDraft target) {
        inputs.forEach((key, field) -> target.form.put(key, field.getText().strip()));
    }

    /** Who applies: the signed-in citizen (the gateway takes applications only in their own name), or how to sign in. */
    private void applicant(Credentials person) {
        if (person == null) {
            panel.addChild(new Label("申请须以本人实名提交：点击「登录并提交」，", UiStyle.STYLE));
            panel.addChild(new Label("用姓名、身份证号码和手机短信验证码登录后即提交。", UiStyle.STYLE));
            return;
        }
        PersonView.addTo(panel, "申请人", person);
    }

    private String stepLine() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < WizardState.STEPS.length; i++) {
            String name = (i + 1) + " " + WizardState.STEPS[i];
            s.append(i == step ? "【" + name + "】" : " " + name + " ");
        }
        return s.toString();
    }

    private static String label(FormField f) {
        String hint = f.options().isEmpty() ? "" : "（" + String.join("/", f.options()) + "）";
        return f.label() + hint + (f.required() ? " *" : "");
    }

    private void field(String key, String label, String value) {
        Label name = panel.addChild(new Label(label, UiStyle.STYLE));
        name.setMaxWidth(560);
        TextField input = panel.addChild(new TextField(value, UiStyle.STYLE));
        input.setPreferredWidth(560);
        inputs.put(key, input);
    }

    private void materials() {
        for (Material m : draft.item.materials()) {
            Checkbox box = panel.addChild(new Checkbox(m.name() + (m.required() ? " *" : "（视情况）"), UiStyle.STYLE));
            box.setChecked(draft.ticked.contains(m.name()));
            box.addClickCommands(b -> {
                if (box.isChecked()) {
                    draft.ticked.add(m.name());
                } else {
                    draft.ticked.remove(m.name());
                }
            });
        }
        panel.addChild(new Label("附件：" + (draft.attachments.isEmpty() ? "无"
                : String.join("、", draft.attachments.stream().map(u -> u.name()).toList())), UiStyle.STYLE));
        Container row = panel.addChild(UiStyle.row());
        TextField path = row.addChild(new TextField("", UiStyle.STYLE));
        path.setPreferredWidth(420);
        row.addChild(new Button("添加附件（文件路径）", UiStyle.STYLE)).addClickCommands(b -> {
            try {
                actions.attach(Path.of(path.getText().strip()));
            } catch (RuntimeException e) {
                message.setText("无法添加附件：" + e.getMessage());
            }
        });
    }
}
