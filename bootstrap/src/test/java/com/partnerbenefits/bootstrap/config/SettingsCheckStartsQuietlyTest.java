package com.partnerbenefits.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The settings check ({@link SettingsValidator}) is made before the other bean post-processors; unless it is declared
 * infrastructure, Spring warns at every start that they skip it, a WARN line an operator would have to learn to ignore.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsCheckStartsQuietlyTest {

    @Test
    void theStartLogsNoWarningAboutTheSettingsCheck(CapturedOutput log) {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PartnerBenefitsApplication.class).run(
                "--server.port=0", "--benefits.embedded-mongo.in-memory=true", "--benefits.demo.enabled=false")) {
            assertThat(service.getBean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME)).isInstanceOf(SettingsValidator.class);
            assertThat(log.getAll()).doesNotContain("is not eligible for getting processed by all BeanPostProcessors");
        }
    }
}
