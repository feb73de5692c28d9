package com.partnerbenefits.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every use case's own refusal reasons are named exactly as a stable code of the SPEC's. */
class RefusalReasonsTest {

    @Test
    void everyUseCasesReasonIsAStableCode() throws Exception {
        List<Class<?>> reasons = reasonEnums();

        assertThat(reasons).as("the in-ports' Reason enums").contains(RaiseIncidentUseCase.Reason.class,
                LinkSupportContractUseCase.Reason.class, ActivateTechnicalBenefitUseCase.Reason.class);
        for (Class<?> reason : reasons) {
            for (Object constant : reason.getEnumConstants()) {
                RefusalReason refusal = (RefusalReason) constant;
                assertThatCode(refusal::code).as("%s.%s", reason.getName(), refusal.name()).doesNotThrowAnyException();
                assertThat(refusal.code().name()).isEqualTo(refusal.name());
            }
        }
    }

    private static List<Class<?>> reasonEnums() throws IOException, URISyntaxException, ClassNotFoundException {
        Path portIn = Path.of(RefusalReason.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(RefusalReason.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(portIn)) {
            List<String> names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("$Reason.class"))
                    .map(name -> RefusalReason.class.getPackageName() + "." + name.substring(0, name.length() - ".class".length()))
                    .toList();
            Class<?>[] found = new Class<?>[names.size()];
            for (int i = 0; i < found.length; i++) {
                found[i] = Class.forName(names.get(i));
            }
            return Arrays.asList(found);
        }
    }
}
