package org.virtualhall.client;

import org.virtualhall.model.hall.Hall;

/** Every piece of text the hall data can put on screen, so the font atlas holds all its characters. */
public final class HallText {

    private HallText() {
    }

    public static String all(Hall hall) {
        StringBuilder text = new StringBuilder(hall.info().toString());
        hall.layout().floors().forEach(f -> text.append(f));
        hall.departments().forEach(d -> text.append(d));
        hall.windows().forEach(w -> text.append(w));
        hall.staff().forEach(s -> text.append(s));
        hall.items().forEach(i -> text.append(i));
        hall.viewpoints().forEach(v -> text.append(v));
        return text.toString();
    }
}
