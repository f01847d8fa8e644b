package org.virtualhall.client.ui;

import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.Panel;
import java.util.ArrayList;
import java.util.List;

/**
 * A list too long for the screen, shown a page at a time with 上一页/下一页 (PgUp/PgDn when focused): {@link PanelState}
 * tells it the height it may take ({@link #fit}), so that every row is reachable at every window size and text size.
 */
public final class PagedList extends Container {

    private final List<Panel> rows;
    private final Container shown;
    private final Container nav;
    private final Label where;
    private final List<Integer> starts = new ArrayList<>(List.of(0));
    private float fittedTo = -1;
    private int page;

    public PagedList(List<? extends Panel> rows) {
        super(UiStyle.STYLE);
        this.rows = List.copyOf(rows);
        shown = addChild(new Container(UiStyle.STYLE));
        nav = UiStyle.row();
        nav.addChild(new Button("上一页 (PgUp)", UiStyle.STYLE)).addClickCommands(b -> turn(-1));
        where = nav.addChild(new Label("", UiStyle.STYLE));
        nav.addChild(new Button("下一页 (PgDn)", UiStyle.STYLE)).addClickCommands(b -> turn(1));
        show();
    }

    /** Splits the rows into pages no taller than {@code height} design pixels (the page turner included). */
    public void fit(float height) {
        if (Math.abs(height - fittedTo) < 1) {
            return;
        }
        fittedTo = height;
        int first = starts.get(page);
        starts.clear();
        starts.add(0);
        float all = (float) rows.stream().mapToDouble(r -> r.getPreferredSize().y).sum();
        float room = all <= height ? Float.MAX_VALUE : height - nav.getPreferredSize().y;
        float used = 0;
        for (int i = 0; i < rows.size(); i++) {
            float h = rows.get(i).getPreferredSize().y;
            if (used + h > room && i > starts.get(starts.size() - 1)) {
                starts.add(i);
                used = 0;
            }
            used += h;
        }
        page = 0;
        while (page + 1 < starts.size() && starts.get(page + 1) <= first) {
            page++;
        }
        show();
    }

    /** Turns {@code delta} pages, staying within the first and the last. */
    public void turn(int delta) {
        page = Math.max(0, Math.min(starts.size() - 1, page + delta));
        show();
    }

    public int pages() {
        return starts.size();
    }

    public int page() {
        return page;
    }

    /** How many rows the shown page holds. */
    public int pageRows() {
        return shown.getChildren().size();
    }

    /** All rows, on every page. */
    public List<Panel> rows() {
        return rows;
    }

    private void show() {
        shown.clearChildren();
        int end = page + 1 < starts.size() ? starts.get(page + 1) : rows.size();
        for (int i = starts.get(page); i < end; i++) {
            shown.addChild(rows.get(i));
        }
        if (starts.size() > 1) {
            where.setText("第 " + (page + 1) + "/" + starts.size() + " 页");
            if (nav.getParent() == null) {
                addChild(nav);
            }
        } else {
            removeChild(nav);
        }
    }
}
