package org.virtualhall.gateway.outer.check;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.outer.intake.IntakeLimits;
import org.virtualhall.gateway.outer.intake.IntakeRequest;
import org.virtualhall.gateway.outer.intake.SubmissionRequest;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.submission.Applicant;

class FormatFilterTests {

    @TempDir
    Path data;
    private HallCatalog catalog;
    private FormatFilter filter;
    private IdentityCheck identity;
    private final Applicant zhang = Applicants.applicant(3);

    @BeforeEach
    void setUp() {
        catalog = new HallCatalog(data);
        catalog.publish(TestHall.withTestItems(), Instant.now());
        filter = new FormatFilter(catalog, new MaterialCheck(new IntakeLimits(1_000_000, 8, 3, 1000, 1500,
                List.of("application/pdf"))));
        identity = new IdentityCheck();
    }

    @Test
    void aSubmissionThatFollowsTheItemsFormPasses() {
        assertThatCode(() -> filter.check(request(TestHall.ITEM, Map.of("reason", "居住", "address", "青溪大道1号",
                "startDate", "2026-01-01", "persons", "3")))).doesNotThrowAnyException();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> filter.check(request(TestHall.ITEM, Map.of("reason", "居住"))))
                .extracting(e -> ((Refusal) e).field()).isEqualTo("form.address");
    }

    @Test
    void anOptionOutsideTheListIsRefused() {
        assertThatThrownBy(() -> filter.check(request(TestHall.ITEM, Map.of("reason", "旅游", "address", "青溪大道1号"))))
                .extracting(e -> ((Refusal) e).error()).isEqualTo("invalid_value");
    }

    @Test
    void anItemThatIsNotOnlineIsRefused() {
        assertThatThrownBy(() -> filter.check(request(TestHall.OFFLINE_ITEM, Map.of("reason", "居住", "address", "x"))))
                .extracting(e -> ((Refusal) e).error()).isEqualTo("not_online");
    }

    @Test
    void itemsAreLookedUpInTheLatestPublication() {
        catalog.publish(HallLoader.fromClasspath(), Instant.now().plusSeconds(60));

        assertThatThrownBy(() -> filter.check(request(TestHall.ITEM, Map.of("reason", "居住", "address", "青溪大道1号"))))
                .extracting(e -> ((Refusal) e).error()).isEqualTo("unknown_item");
    }

    @Test
    void theTokenMustBelongToTheApplicant() {
        IntakeRequest someoneElse = new IntakeRequest(new TokenClaims(Applicants.idNumber(4), zhang.name(), zhang.mobile(),
                Long.MAX_VALUE, "j", "s"), new SubmissionRequest(TestHall.ITEM, zhang, Map.of(), List.of()), "web");
        assertThatThrownBy(() -> identity.check(someoneElse)).extracting(e -> ((Refusal) e).field())
                .isEqualTo("applicant.idNumber");
        assertThatCode(() -> identity.check(request(TestHall.ITEM, Map.of()))).doesNotThrowAnyException();
    }

    private IntakeRequest request(String item, Map<String, String> form) {
        return new IntakeRequest(new TokenClaims(zhang.idNumber(), zhang.name(), zhang.mobile(), Long.MAX_VALUE, "j", "s"),
                new SubmissionRequest(item, zhang, new HashMap<>(form), List.of()), "web");
    }
}
