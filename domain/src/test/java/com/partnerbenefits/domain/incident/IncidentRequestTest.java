package com.partnerbenefits.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.InvalidInputException;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentRequestTest {

    private static final Optional<SupportContractId> CONTRACT = Optional.of(new SupportContractId("c1"));
    private static final ProductId SQL = new ProductId("sql");

    @Test
    void aDescriptionMaySpanLinesButCarriesNoOtherControlCharacters() {
        IncidentRequest request = IncidentRequest.of(CONTRACT, null, SQL, "2022", "  Down  ", "Line 1\r\n\tLine 2", Severity.A);

        assertThat(request.title()).isEqualTo("Down");
        assertThat(request.description()).isEqualTo("Line 1\r\n\tLine 2");
        assertThat(violations(() -> IncidentRequest.of(CONTRACT, null, SQL, "2022", "Down", "bell\u0007", Severity.A)))
                .extracting(FieldViolation::rule).containsExactly(ViolationRule.CONTROL_CHARACTERS);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(violations(() -> IncidentRequest.of(CONTRACT, "not-a-tenant", SQL, "", "x".repeat(201),
                "y".repeat(10_001), null))).extracting(FieldViolation::field)
                .containsExactly("contractId", "productVersion", "title", "description", "severity");
        assertThat(violations(() -> IncidentRequest.of(Optional.empty(), "not-a-tenant", SQL, "2022", "t", null, Severity.C)))
                .extracting(FieldViolation::field).containsExactly("cspCustomerTenantId");
    }

    @Test
    void theFingerprintTellsAReplayFromAnotherRequest() {
        IncidentRequest request = IncidentRequest.of(CONTRACT, null, SQL, "2022", "Down", "", Severity.A);

        assertThat(IncidentRequest.of(CONTRACT, null, SQL, "2022", " Down ", null, Severity.A).fingerprint())
                .isEqualTo(request.fingerprint());
        assertThat(IncidentRequest.of(CONTRACT, null, SQL, "2022", "Down", "", Severity.B).fingerprint())
                .isNotEqualTo(request.fingerprint());
        assertThat(IncidentRequest.of(CONTRACT, null, SQL, "2019", "Down", "", Severity.A).fingerprint())
                .isNotEqualTo(request.fingerprint());
    }

    private static java.util.List<FieldViolation> violations(Runnable build) {
        return catchThrowableOfType(InvalidInputException.class, build::run).violations();
    }
}
