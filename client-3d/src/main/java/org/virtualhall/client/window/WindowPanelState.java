package org.virtualhall.client.window;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import java.util.List;
import java.util.Optional;
import org.virtualhall.client.core.HallEvents.OpenWindow;
import org.virtualhall.client.core.HallEvents.ReadAloud;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.StartApplication;
import org.virtualhall.client.core.HotkeyState;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.PagedList;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;

/**
 * 窗口办事: at a window (Enter, or on arrival), the duty board with the A post (or the B post covering),
 * the items handled there, and per item its published fields, with a button to apply.
 */
public final class WindowPanelState extends HotkeyState {

    /** How near a window's service point Enter works, in metres. */
    private static final double REACH = 3.0;

    private Container panel;
    private Window window;
    /** The item whose sheet is shown, or null. */
    private Item item;

    public WindowPanelState() {
        super("window.serve", KeyInput.KEY_RETURN);
    }

    @Override
    protected void setUp(Application app) {
        on(OpenWindow.class, e -> open(e.number()));
        on(ReadAloud.class, e -> readAloud());
        ScriptState script = getState(ScriptState.class);
        script.register("open", c -> ScriptStep.now(() -> open(c.arg(0))));
        script.register("item", c -> ScriptStep.now(() -> showItem(c.arg(0))));
        script.register("item-first", c -> ScriptStep.now(() -> firstItem().ifPresentOrElse(i -> showItem(i.code()),
                () -> publish(new Say("本窗口暂无可办事项")))));
        script.register("apply-first", c -> ScriptStep.now(() -> firstItem().ifPresent(i -> publish(new StartApplication(i.code())))));
    }

    public void open(String number) {
        Hall hall = model().hall();
        window = hall.window(number).orElseThrow(() -> new IllegalArgumentException("no window " + number));
        panel = UiStyle.panel();
        panel.addChild(new Label(window.number() + " 窗口 · " + window.sign(), UiStyle.TITLE, UiStyle.STYLE));
        panel.addChild(new Label(dutyText(hall, number), UiStyle.STYLE));
        List<Item> items = hall.itemsAt(number);
        panel.addChild(new Label(items.isEmpty() ? "本窗口暂无可办事项" : "可办事项 " + items.size() + " 项（Enter 或点击查看一次性告知）：",
                UiStyle.STYLE));
        List<Button> buttons = items.stream().map(item -> {
            Button b = new Button(item.name(), UiStyle.STYLE);
            b.addClickCommands(x -> showItem(item.code()));
            return b;
        }).toList();
        panel.addChild(new PagedList(buttons));
        Container actions = panel.addChild(UiStyle.row());
        actions.addChild(new Button("朗读本窗口事项 (F10)", UiStyle.STYLE)).addClickCommands(b -> readAloud());
        // 好差评, 咨询, 预约, 取号 share the actions row, so the list keeps its rows: the window's figures and the citizen's
        // number there are on their buttons
        actions.addChild(new Button(getState(EvaluationState.class).button(number), UiStyle.STYLE))
                .addClickCommands(b -> getState(EvaluationState.class).open(number));
        actions.addChild(new Button("咨询", UiStyle.STYLE))
                .addClickCommands(b -> getState(ConsultationState.class).aboutDepartment(window.department()));
        actions.addChild(new Button("预约", UiStyle.STYLE)).addClickCommands(b -> getState(BookingState.class).open(number));
        actions.addChild(new Button(getState(QueueState.class).button(number), UiStyle.STYLE))
                .addClickCommands(b -> getState(QueueState.class).take(number));
        actions.addChild(new Button("关闭 (Esc)", UiStyle.STYLE)).addClickCommands(b -> getState(PanelState.class).close());
        getState(PanelState.class).open("window", panel);
        item = null;
        context().facts().put("window.open", number);
        context().facts().put("window.items", items.stream().map(Item::name).toList());
        String names = items.stream().limit(3).map(Item::name).reduce((a, b) -> a + "、" + b).orElse("");
        publish(new Say(window.number() + "窗口，" + window.sign() + "。" + dutySpoken(hall, number)
                + (names.isEmpty() ? "" : "可办理" + names + "等事项")));
    }

    /** Shows an item's sheet under the window's header, with the apply button. */
    public void showItem(String code) {
        Item shown = model().hall().item(code).orElseThrow(() -> new IllegalArgumentException("no item " + code));
        if (window == null || !shown.windows().contains(window.number())) {
            open(shown.windows().get(0));
        }
        Container sheet = UiStyle.panel();
        sheet.addChild(new Label(window.number() + " 窗口 · " + window.sign(), UiStyle.STYLE));
        sheet.addChild(new Label(shown.name() + "（" + shown.code() + "）", UiStyle.TITLE, UiStyle.STYLE));
        ItemSheet fields = ItemSheet.of(shown, model().hall());
        sheet.addChild(new PagedList(fields.rows()));
        Container buttons = sheet.addChild(UiStyle.row());
        buttons.addChild(new Button("在线申请", UiStyle.STYLE)).addClickCommands(b -> publish(new StartApplication(code)));
        buttons.addChild(new Button("咨询本事项", UiStyle.STYLE)).addClickCommands(b -> getState(ConsultationState.class).aboutItem(code));
        buttons.addChild(new Button("朗读一次性告知 (F10)", UiStyle.STYLE)).addClickCommands(b -> readAloud());
        buttons.addChild(new Button("返回窗口", UiStyle.STYLE)).addClickCommands(b -> open(window.number()));
        buttons.addChild(new Button("关闭 (Esc)", UiStyle.STYLE)).addClickCommands(b -> getState(PanelState.class).close());
        panel = sheet;
        getState(PanelState.class).open("item", sheet);
        item = shown;
        context().facts().put("window.item", code);
        context().facts().put("item.fields", List.copyOf(fields.fields().keySet()));
        publish(new Say(shown.name() + "，需要准备" + shown.requiredMaterials().size() + "项材料，" + shown.fee()));
    }

    /**
     * Reads the open panel's list aloud, one prompt per entry: the window's items, or the item's 一次性告知 materials.
     */
    private void readAloud() {
        String open = getState(PanelState.class).openPanel();
        if ("window".equals(open)) {
            List<Item> items = model().hall().itemsAt(window.number());
            publish(new Say(window.number() + "窗口可办理" + items.size() + "项事项"));
            for (int i = 0; i < items.size(); i++) {
                publish(new Say("第" + (i + 1) + "项，" + items.get(i).name()));
            }
        } else if ("item".equals(open) && item != null) {
            List<Material> materials = item.materials();
            publish(new Say(item.name() + "，一次性告知，共" + materials.size() + "项材料"));
            for (int i = 0; i < materials.size(); i++) {
                publish(new Say("第" + (i + 1) + "项，" + ItemSheet.materialText(materials.get(i))));
            }
        }
    }

    /** The first item handled at the open window, if any (the demo uses it). */
    private Optional<Item> firstItem() {
        return window == null ? Optional.empty() : model().hall().itemsAt(window.number()).stream().findFirst();
    }

    static String dutyText(Hall hall, String number) {
        List<Staff> board = hall.staffAt(number);
        Optional<Staff> on = hall.onDutyAt(number);
        StringBuilder text = new StringBuilder("今日值班：");
        for (Staff s : board) {
            text.append(s.post()).append("岗 ").append(s.name()).append("（").append(s.role()).append("）")
                    .append(s.onDuty() ? "在岗" : "不在岗").append("  ");
        }
        on.filter(s -> s.post() == org.virtualhall.model.catalog.Post.B)
                .ifPresent(s -> text.append("· A岗不在，由B岗 ").append(s.name()).append(" 代岗"));
        return board.isEmpty() ? "今日值班：暂无" : text.toString().strip();
    }

    private static String dutySpoken(Hall hall, String number) {
        return hall.onDutyAt(number).map(s -> "今天由" + s.name() + "为您服务，").orElse("");
    }

    @Override
    protected void onHotkey() {
        serveHere();
    }

    /** Enter (or 窗口办事 at a kiosk): the window whose service point the visitor stands at. */
    public void serveHere() {
        model().hall().windows().stream()
                .filter(w -> w.floor() == model().player().floor())
                .filter(w -> model().navigation().servicePoint(w).distanceTo(model().player().position()) < REACH)
                .findFirst()
                .ifPresentOrElse(w -> open(w.number()), () -> publish(new Say("请先走到窗口前，再选窗口办事")));
    }

}
