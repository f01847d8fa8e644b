package org.virtualhall.approval.intake;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.virtualhall.approval.cases.CaseNotFoundException;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.cases.CaseState;
import org.virtualhall.approval.cases.SupplementRepository;
import org.virtualhall.approval.system.InvalidInputException;
import org.virtualhall.approval.workflow.TransitionRefusedException;

/**
 * 补正材料 from the inner gateway: idempotent by supplement id, accepted only while the case waits for a
 * correction (待补正). The materials are checked exactly like an intake's.
 */
@Service
class SupplementIntake {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{6,64}");
    private static final int MAX_NOTE = 1000;

    private final CaseRepository cases;
    private final SupplementRepository supplements;
    private final IntakeValidator validator;
    private final SupplementRecorder recorder;

    SupplementIntake(CaseRepository cases, SupplementRepository supplements, IntakeValidator validator,
                     SupplementRecorder recorder) {
        this.cases = cases;
        this.supplements = supplements;
        this.validator = validator;
        this.recorder = recorder;
    }

    SupplementResult receive(String receipt, SupplementRequest r) {
        CaseRecord c = cases.findByReceipt(receipt).orElseThrow(() -> new CaseNotFoundException(receipt));
        require("bzbh", r.bzbh());
        if (!ID.matcher(r.bzbh()).matches()) {
            throw new InvalidInputException("bzbh", "补正编号只能由 6-64 位字母、数字和连字符组成");
        }
        Optional<CaseRecord> repeat = known(r.bzbh(), c);
        if (repeat.isPresent()) {
            return result(repeat.get(), r, false);
        }
        List<ValidIntake.Material> materials = validator.materials(r.cl());
        if (materials.isEmpty()) {
            throw new InvalidInputException("cl", "补正至少需要一份材料");
        }
        String note = r.bzsm() == null ? "" : r.bzsm().strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidInputException("bzsm", "补正说明不能超过 " + MAX_NOTE + " 字");
        }
        require("tjsj", r.tjsj());
        Instant submittedAt = instant(r.tjsj());
        require("ly", r.ly());
        if (c.state() != CaseState.CORRECTION) {
            throw new TransitionRefusedException("办件当前为「" + c.state().label() + "」，不在待补正，不能接收补正材料");
        }
        try {
            return result(recorder.record(c, r.bzbh(), materials, note, submittedAt, r.ly()), r, true);
        } catch (DuplicateKeyException raced) {
            // The same supplement arrived twice at once and the other copy was stored first.
            return result(known(r.bzbh(), c).orElseThrow(() -> raced), r, false);
        }
    }

    /** The case as it is now when this supplement id was stored before for it; another case's id is refused. */
    private Optional<CaseRecord> known(String id, CaseRecord c) {
        return supplements.caseOf(id).map(caseId -> {
            if (caseId != c.id()) {
                throw new InvalidInputException("bzbh", "补正编号 " + id + " 已用于另一个办件");
            }
            return cases.find(caseId).orElseThrow();
        });
    }

    private static SupplementResult result(CaseRecord c, SupplementRequest r, boolean created) {
        return new SupplementResult(c.receipt(), r.bzbh(), c.id(), c.state().name(), r.cl() == null ? 0 : r.cl().size(),
                created);
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("tjsj", "提交时间应为 ISO-8601 时刻（如 2026-03-02T01:30:00Z）");
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "缺少字段 " + field);
        }
    }
}
