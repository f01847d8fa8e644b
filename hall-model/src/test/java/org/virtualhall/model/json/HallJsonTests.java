package org.virtualhall.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.submission.Attachment;
import org.virtualhall.model.submission.CaseEvent;
import org.virtualhall.model.submission.Submission;
import org.virtualhall.model.submission.SubmissionStatus;

class HallJsonTests {

    @Test
    void aSubmissionTravelsWithIsoInstantsAndComesBackEqual() throws Exception {
        Submission submission = new Submission("R20261123000001", "GA003",
                new Applicant("张伟", "11010519491231002X", "13812345678"), Map.of("reason", "丢失"),
                List.of(new Attachment("户口簿.pdf", "application/pdf", "JVBERi0xLjQ=")),
                Instant.parse("2026-11-23T01:30:00Z"), "client-3d");
        String json = HallJson.wire().writeValueAsString(submission);
        assertThat(json).contains("\"submittedAt\":\"2026-11-23T01:30:00Z\"").contains("\"reason\":\"丢失\"");
        assertThat(HallJson.wire().readValue(json, Submission.class)).isEqualTo(submission);
    }

    @Test
    void aCaseEventCarriesItsStatusByName() throws Exception {
        CaseEvent event = new CaseEvent("R1", Instant.parse("2026-11-23T02:00:00Z"),
                SubmissionStatus.CORRECTION_REQUESTED, "一次性告知补正", "请补交：户口簿原件；近期免冠照片", "QX0005");
        String json = HallJson.wire().writeValueAsString(event);
        assertThat(json).contains("\"status\":\"CORRECTION_REQUESTED\"");
        assertThat(HallJson.wire().readValue(json, CaseEvent.class)).isEqualTo(event);
    }

    @Test
    void wireJsonToleratesNewFieldsButDataFilesDoNot() throws Exception {
        String json = """
                {"code": "GA", "name": "青溪县公安局", "shortName": "公安局", "phone": "0571-64010110",
                 "attendance": "RESIDENT", "description": "户籍", "colour": "red"}""";
        assertThat(HallJson.wire().readValue(json, Department.class).code()).isEqualTo("GA");
        assertThatThrownBy(() -> HallJson.data().readValue(json, Department.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("colour");
    }
}
