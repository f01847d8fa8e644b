package org.virtualhall.client.nav;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.virtualhall.model.layout.ConnectorKind;
import org.virtualhall.model.layout.Point;

/** Turns a route's corners, floor changes and arrivals into the instructions a visitor hears. */
public final class ManoeuvreWriter {

    private static final double SLIGHT = Math.toRadians(25);
    private static final double TURN = Math.toRadians(60);
    private static final double BACK = Math.toRadians(150);
    private static final Map<Integer, String> FLOOR_NAMES = Map.of(1, "一楼", 2, "二楼", 3, "三楼", 4, "四楼", 5, "五楼");

    private final HallNavigation navigation;

    public ManoeuvreWriter(HallNavigation navigation) {
        this.navigation = navigation;
    }

    public List<Manoeuvre> write(Route route) {
        List<Manoeuvre> out = new ArrayList<>();
        for (int l = 0; l < route.legs().size(); l++) {
            Leg leg = route.legs().get(l);
            List<Point> p = leg.points();
            double along = 0;
            for (int i = 1; i < p.size() - 1; i++) {
                along += p.get(i - 1).distanceTo(p.get(i));
                String turn = turn(p.get(i - 1), p.get(i), p.get(i + 1));
                if (turn != null) {
                    out.add(new Manoeuvre(l, along, p.get(i), turn));
                }
            }
            out.add(new Manoeuvre(l, leg.length(), leg.end(), ending(leg)));
        }
        return out;
    }

    private String ending(Leg leg) {
        if (leg.window() != null) {
            return "到达" + leg.window() + "窗口";
        }
        ConnectorKind kind = navigation.connector(leg.via()).kind();
        String way = switch (kind) {
            case LIFT -> "乘电梯";
            case STAIRS -> "走楼梯";
            case ESCALATOR -> "乘扶梯";
        };
        return way + (leg.toFloor() > leg.floor() ? "上" : "下") + floorName(leg.toFloor());
    }

    public static String floorName(int level) {
        return FLOOR_NAMES.getOrDefault(level, level + "楼");
    }

    /** 前方左转 and friends, from the change of heading at a corner (plan y grows south). */
    static String turn(Point a, Point b, Point c) {
        double in = Math.atan2(b.y() - a.y(), b.x() - a.x());
        double out = Math.atan2(c.y() - b.y(), c.x() - b.x());
        double delta = Math.atan2(Math.sin(out - in), Math.cos(out - in));
        double size = Math.abs(delta);
        if (size < SLIGHT) {
            return null;
        }
        String side = delta > 0 ? "右" : "左";
        if (size >= BACK) {
            return "向后转";
        }
        return size < TURN ? "向" + side + "前方走" : "前方" + side + "转";
    }
}
