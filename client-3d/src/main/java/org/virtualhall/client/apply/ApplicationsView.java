package org.virtualhall.client.apply;

import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiConsumer;
import org.virtualhall.client.api.ApiTypes.StatusEvent;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * The panel of 我的申请: the citizen's submissions, newest first (item, 受理编号, status in Chinese, the latest
 * step), a correction card under one waiting for materials, and 受理编号查询 with the timeline of the receipt found.
 * Signed out, it offers 实名登录 instead.
 */
final class ApplicationsView {

    /** Submissions shown in the list; the others can be looked up by their receipt. */
    static final int SHOWN = 5;
    private static final float WIDTH = 640;
    /** Event times as a citizen reads them: month, day and minute in this computer's time zone. */
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** What the controls do. */
    interface Actions {
        void signIn();

        void lookup(String receipt);
    }

    /** One submission in the list: its receipt, item name, status and latest step. */
    record Line(String receipt, String itemName, String status, StatusEvent last) {
    }

    private final Container panel = UiStyle.panel();
    private final TextField receipt;

    private ApplicationsView(TextField receipt) {
        this.receipt = receipt;
    }

    static Container signedOut(Actions actions) {
        Container panel = UiStyle.panel();
        panel.addChild(new Label("我的申请", UiStyle.TITLE, UiStyle.STYLE));
        panel.addChild(new Label("实名登录后可查看您提交过的申请和办理进度", UiStyle.STYLE));
        panel.addChild(new Button("实名登录", UiStyle.STYLE)).addClickCommands(b -> actions.signIn());
        return panel;
    }

    /** The list so far; {@code cards} adds the correction card under a line, if that submission has one. */
    static ApplicationsView of(List<Line> lines, int total, boolean restoring, BiConsumer<Container, String> cards,
                               Lookup lookup, Actions actions) {
        ApplicationsView view = new ApplicationsView(new TextField(lookup == null ? "" : lookup.receipt(), UiStyle.STYLE));
        Container panel = view.panel;
        panel.addChild(new Label("我的申请", UiStyle.TITLE, UiStyle.STYLE));
        if (restoring) {
            panel.addChild(new Label("正在读取您的申请…", UiStyle.STYLE));
        } else if (lines.isEmpty()) {
            panel.addChild(new Label("您还没有提交过申请", UiStyle.STYLE));
        }
        for (Line line : lines.subList(0, Math.min(SHOWN, lines.size()))) {
            panel.addChild(new Label(line.itemName() + " · 受理编号 " + line.receipt() + " · " + label(line.status()),
                    UiStyle.STYLE)).setMaxWidth(WIDTH);
            if (line.last() != null) {
                view.small(eventText(line.last()));
            }
            cards.accept(panel, line.receipt());
        }
        if (total > SHOWN) {
            view.small("另有" + (total - SHOWN) + "笔申请未列出，可输入受理编号查询");
        }
        Container row = panel.addChild(UiStyle.row());
        row.addChild(new Label("受理编号", UiStyle.STYLE));
        view.receipt.setPreferredWidth(330);
        row.addChild(view.receipt);
        row.addChild(new Button("查询", UiStyle.STYLE)).addClickCommands(b -> actions.lookup(view.receipt.getText().strip()));
        if (lookup != null) {
            view.lookup(lookup);
        }
        return view;
    }

    Container panel() {
        return panel;
    }

    private void lookup(Lookup lookup) {
        if (lookup.found() == null) {
            Label text = panel.addChild(new Label(lookup.text(), UiStyle.STYLE));
            text.setColor(UiStyle.ACCENT);
            return;
        }
        panel.addChild(new Label("受理编号 " + lookup.receipt() + " · " + label(lookup.found().status()), UiStyle.STYLE))
                .setColor(UiStyle.ACCENT);
        List<StatusEvent> events = lookup.found().events();
        events.subList(Math.max(0, events.size() - 6), events.size()).forEach(e -> small(eventText(e)));
    }

    private void small(String text) {
        Label line = panel.addChild(new Label("  " + text, UiStyle.STYLE));
        line.setFontSize(15f);
        line.setMaxWidth(WIDTH);
    }

    static String eventText(StatusEvent e) {
        String note = e.note() == null || e.note().isBlank() ? "" : "：" + e.note();
        return shortTime(e.at()) + " " + e.step() + note;
    }

    static String label(String status) {
        try {
            return SubmissionStatus.valueOf(status).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(status);
        }
    }

    /** An event's time for the panel; one the gateway wrote in another shape is shown as it came. */
    static String shortTime(String at) {
        if (at == null) {
            return "";
        }
        try {
            return SHORT_TIME.format(Instant.parse(at));
        } catch (DateTimeParseException e) {
            return at;
        }
    }
}
