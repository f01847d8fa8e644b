package org.virtualhall.approval.workflow;

import java.util.List;

/**
 * A step someone takes on a case.
 *
 * @param version          the case version the person saw; a different one means someone else changed it
 * @param actorDepartment  the actor's department (for a 联办 sign-off)
 * @param days             working days of an extension
 * @param rating           1-5 for a satisfaction vote
 * @param agreed           the assisting department's answer in a sign-off
 * @param extraMaterials   for a correction: materials to redo beyond those missing (e.g. an unreadable copy)
 */
public record CaseCommand(CaseAction action, int version, String actor, String actorDepartment, String note,
                          Integer days, Integer rating, Boolean agreed, List<String> extraMaterials) {

    public CaseCommand {
        note = note == null ? "" : note.strip();
        extraMaterials = extraMaterials == null ? List.of() : List.copyOf(extraMaterials);
    }

    public static CaseCommand of(CaseAction action, int version, String actor, String note) {
        return new CaseCommand(action, version, actor, null, note, null, null, null, List.of());
    }
}
