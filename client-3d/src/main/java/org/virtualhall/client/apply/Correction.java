package org.virtualhall.client.apply;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.virtualhall.client.api.ApiTypes.StatusEvent;
import org.virtualhall.client.api.ApiTypes.SubmissionView;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.submission.SubmissionStatus;

/**
 * 一次性告知补正 as the citizen sees it: the window's note, the item's materials it asks for (the note lists each
 * as "N. 名称（…"), and whether 补正材料 went in since.
 *
 * @param requested the materials asked for, by their published names (empty when the note names none of them)
 * @param supplied  the citizen has handed in materials after this request
 */
record Correction(String note, List<String> requested, boolean supplied) {

    /** The window's step that asks for a correction, and the outer gateway's step for a supplement handed in. */
    static final String ASKED = "一次性告知补正";
    static final String HANDED_IN = "已提交补正材料";
    /** The inner gateway's notice that a supplement could not be put on the case (kept for an operator). */
    static final String NOT_TAKEN = "补正材料未被接收";

    /** The correction a submission waits for, if it is in 需补正. */
    static Optional<Correction> of(SubmissionView view, Item item) {
        if (!SubmissionStatus.CORRECTION_REQUESTED.name().equals(view.status())) {
            return Optional.empty();
        }
        List<StatusEvent> events = view.events();
        int asked = -1;
        for (int i = 0; i < events.size(); i++) {
            if (ASKED.equals(events.get(i).step())) {
                asked = i;
            }
        }
        String note = asked < 0 ? "" : String.valueOf(events.get(asked).note());
        // Handed in since the request, and not turned back since: the last of the two steps decides.
        boolean supplied = false;
        for (StatusEvent e : events.subList(asked + 1, events.size())) {
            if (HANDED_IN.equals(e.step()) || NOT_TAKEN.equals(e.step())) {
                supplied = HANDED_IN.equals(e.step());
            }
        }
        return Optional.of(new Correction(note, requested(item, note), supplied));
    }

    static List<String> requested(Item item, String note) {
        if (item == null) {
            return List.of();
        }
        return item.materials().stream().map(Material::name)
                .filter(name -> note.matches("(?s).*\\d+\\. " + Pattern.quote(name) + "（.*")).toList();
    }
}
