package org.virtualhall.client.search;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.event.KeyAction;
import java.util.List;
import java.util.logging.Logger;
import org.virtualhall.client.api.ApiException;
import org.virtualhall.client.api.ApiTypes.SearchHit;
import org.virtualhall.client.api.ApiTypes.SearchResult;
import org.virtualhall.client.core.ApiCall;
import org.virtualhall.client.core.HallEvents.GuideTo;
import org.virtualhall.client.core.HallEvents.ItemFromSearch;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.HotkeyState;
import org.virtualhall.client.kiosk.OnScreenKeyboard;
import org.virtualhall.client.kiosk.PinyinCandidates;
import org.virtualhall.client.nav.ManoeuvreWriter;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;

/**
 * 窗口查询: a search box (Chinese through the input method, or pinyin) calling {@code /api/search}; each
 * result shows item, department, windows and floor, and choosing one starts the route. Without the search
 * service the client searches its own copy of the hall and says so.
 */
public final class SearchState extends HotkeyState {

    private static final Logger LOG = Logger.getLogger(SearchState.class.getName());
    private static final int SIZE = 8;

    private Container panel;
    private TextField query;
    private Container results;
    private Label status;
    private LocalSearch local;
    private List<SearchHit> hits = List.of();
    /** The query the hits shown answer. */
    private String shownQuery = "";
    private final ApiCall pending = new ApiCall(this::getApplication);
    private OnScreenKeyboard keyboard;

    public SearchState() {
        super("searchstate.hotkey", KeyInput.KEY_F3);
    }

    @Override
    protected void setUp(Application app) {
        local = new LocalSearch(model().hall());
        panel = UiStyle.panel();
        panel.addChild(new Label("窗口查询 · 输入事项名称或拼音（如 身份证 / sfz）", UiStyle.TITLE, UiStyle.STYLE));
        Container row = panel.addChild(UiStyle.row());
        query = row.addChild(new TextField("", UiStyle.STYLE));
        query.setPreferredWidth(UiStyle.scaled(380));
        query.getActionMap().put(new KeyAction(KeyInput.KEY_RETURN), (source, key) -> search(query.getText()));
        row.addChild(new Button("搜索", UiStyle.STYLE)).addClickCommands(b -> search(query.getText()));
        status = panel.addChild(new Label("", UiStyle.STYLE));
        results = panel.addChild(new Container(UiStyle.STYLE));
        if (context().options().kiosk().on()) {
            keyboard = new OnScreenKeyboard(PinyinCandidates.of(model().hall()), query, this::search);
            panel.addChild(keyboard.panel());
        }
        on(VisitReset.class, e -> forget());
        ScriptState script = getState(ScriptState.class);
        script.register("search", c -> {
            open();
            search(c.rest(0));
            return tpf -> pending.idle();
        });
        script.register("choose", c -> ScriptStep.now(() -> choose((int) c.number(0) - 1)));
        // The on-screen keyboard: osk LETTERS [N] types pinyin and picks candidate N; osk-search presses 搜索.
        script.register("osk", c -> ScriptStep.now(() -> keyboard().type(c.arg(0), c.args().size() > 1 ? (int) c.number(1) : 0)));
        script.register("osk-search", c -> {
            keyboard().submit();
            return tpf -> pending.idle();
        });
    }

    private OnScreenKeyboard keyboard() {
        if (keyboard == null) {
            throw new IllegalStateException("the on-screen keyboard is there in kiosk mode only");
        }
        open();
        return keyboard;
    }

    /** The text in the search field. */
    public String text() {
        return query.getText();
    }

    /** A new visitor: no query, no results. */
    private void forget() {
        pending.forget();
        query.setText("");
        if (keyboard != null) {
            keyboard.clear();
        }
        status.setText("");
        results.clearChildren();
        hits = List.of();
        shownQuery = "";
    }

    public void open() {
        getState(PanelState.class).open("search", panel);
        GuiGlobals.getInstance().requestFocus(query);
    }

    /** Searches on a worker thread; results come back on the render thread. */
    public void search(String text) {
        if (text.isBlank()) {
            status.setText("请输入要办理的事项");
            return;
        }
        query.setText(text);
        status.setText("正在搜索“" + text + "”…");
        if (context().api() == null) {
            show(text, local.search(text, SIZE), "（离线，在本机大厅数据中搜索）");
            return;
        }
        pending.start(() -> context().api().search(text, SIZE), result -> show(text, result, ""), error -> {
            LOG.warning("search service failed, searching locally: " + error.getMessage());
            show(text, local.search(text, SIZE), "（搜索服务不可用：" + ApiException.of(error).getMessage() + "，改为本机搜索）");
        });
    }

    private void show(String text, SearchResult result, String note) {
        hits = result.hits();
        shownQuery = text;
        results.clearChildren();
        String count = result.totalExact() ? "共 " + result.total() + " 条结果" : result.total() + " 条以上结果";
        status.setText("“" + text + "” " + count + note);
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            int index = i;
            String floor = h.floor() == null ? "" : " · " + ManoeuvreWriter.floorName(h.floor());
            Button b = results.addChild(new Button((i + 1) + ". " + h.name() + " · " + h.department() + " · "
                    + String.join("→", h.windows()) + "窗口" + floor, UiStyle.STYLE));
            b.addClickCommands(x -> choose(index));
        }
        context().facts().put("search.query", text);
        context().facts().put("search.hits", hits.stream().map(SearchHit::name).toList());
        if (hits.isEmpty()) {
            publish(new Say("没有找到“" + text + "”，请换个说法，或到咨询导办台询问"));
        }
    }

    /** Starts the route to the windows of the chosen result. */
    public void choose(int index) {
        if (index < 0 || index >= hits.size()) {
            throw new IllegalArgumentException("there is no search result " + (index + 1));
        }
        SearchHit hit = hits.get(index);
        getState(PanelState.class).close();
        context().facts().put("search.chosen", hit.name());
        if ("item".equals(hit.type())) {
            publish(new ItemFromSearch(shownQuery, hit.id()));
        }
        publish(new GuideTo(hit.windows(), "您要办理" + hit.name()));
    }

    @Override
    protected void onHotkey() {
        open();
    }
}
