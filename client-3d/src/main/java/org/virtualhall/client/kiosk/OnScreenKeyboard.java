package org.virtualhall.client.kiosk;

import com.jme3.math.Vector3f;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import java.util.function.Consumer;
import org.virtualhall.client.ui.UiStyle;

/**
 * The kiosk's touch keyboard under the search field: digits, letters, 退格, 空格, 清空, 字母 and 搜索, with a bar of
 * Chinese candidates for the pinyin typed ({@link PinyinInput}). It writes into the search field it serves.
 */
public final class OnScreenKeyboard {

    private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private final PinyinInput input;
    private final TextField field;
    private final Consumer<String> search;
    private final Container panel = new Container(UiStyle.STYLE);
    private final Label pinyin;
    private final Container candidates;

    public OnScreenKeyboard(PinyinCandidates dictionary, TextField field, Consumer<String> search) {
        this.input = new PinyinInput(dictionary);
        this.field = field;
        this.search = search;
        Container bar = panel.addChild(UiStyle.row());
        pinyin = bar.addChild(new Label("", UiStyle.STYLE));
        pinyin.setColor(UiStyle.ACCENT);
        candidates = bar.addChild(UiStyle.row(), 1);
        for (String row : ROWS) {
            Container keys = panel.addChild(UiStyle.row());
            for (char c : row.toCharArray()) {
                key(keys, String.valueOf(c), () -> {
                    if (Character.isDigit(c)) {
                        input.digit(c);
                    } else {
                        input.letter(c);
                    }
                });
            }
        }
        Container actions = panel.addChild(UiStyle.row());
        key(actions, "退格", input::backspace);
        key(actions, "空格", input::space);
        key(actions, "清空", input::clear);
        key(actions, "字母", input::commitLetters);
        key(actions, "搜索", this::submit);
    }

    public Container panel() {
        return panel;
    }

    private void key(Container row, String label, Runnable action) {
        Button b = row.addChild(new Button(label, UiStyle.STYLE));
        float size = UiStyle.touchSize();
        b.setPreferredSize(new Vector3f(Math.max(size, label.length() * size * 0.6f), size, 0));
        b.addClickCommands(x -> act(action));
    }

    private void act(Runnable action) {
        if (!field.getText().equals(input.text())) {
            input.setText(field.getText());
        }
        action.run();
        refresh();
    }

    /** Types letters (as the letter keys do) and picks candidate {@code pick} (1-based; 0 = none). */
    public void type(String letters, int pick) {
        act(() -> letters.chars().forEach(c -> input.letter((char) c)));
        if (pick > 0) {
            act(() -> input.pick(pick - 1));
        }
    }

    /** 搜索: the pending letters as they are, then the search. */
    public void submit() {
        act(input::commitLetters);
        search.accept(input.text());
    }

    public void clear() {
        act(input::clear);
    }

    private void refresh() {
        field.setText(input.text());
        pinyin.setText(input.pinyin());
        candidates.clearChildren();
        var list = input.candidates();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            Button b = candidates.addChild(new Button((i + 1) + "." + list.get(i).word(), UiStyle.STYLE), i);
            b.addClickCommands(x -> act(() -> input.pick(index)));
        }
    }
}
