package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** A staging instance (demo data on, a real secret) must not print working tokens signed with that secret. */
@ExtendWith(OutputCaptureExtension.class)
class DemoTokensLogEndToEndTest {

    @Test
    void withARealSecretTheStartupLogHoldsNoToken(CapturedOutput log) {
        try (ConfigurableApplicationContext staging = new SpringApplicationBuilder(PartnerBenefitsApplication.class).run(
                "--server.port=0", "--benefits.embedded-mongo.in-memory=true", "--benefits.demo.enabled=true",
                "--benefits.security.jwt.hmac-secret=a-staging-secret-that-is-not-the-public-one")) {
            assertThat(log.getAll()).contains("Demo partner").doesNotContain("Demo tokens").doesNotContain("eyJ");
        }
    }
}
