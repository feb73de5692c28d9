package com.partnerbenefits.bootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two jars the build leaves in {@code bootstrap/target}, run as the README says (after {@code package}, by
 * maven-failsafe-plugin): {@code partner-benefits.jar} from the libraries beside it in {@code lib/}, and
 * {@code partner-benefits-boot.jar} from its own nested jars, wherever it lies.
 */
class PackagedJarsIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path JAR = TARGET.resolve("partner-benefits.jar");
    private static final Path BOOT_JAR = TARGET.resolve("partner-benefits-boot.jar");
    private static final String JWT = "[\\w-]+\\.[\\w-]+\\.[\\w-]+";
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void theJarNamesOnlyLibrariesThatAreBesideIt() throws IOException {
        String classPath = manifestOf(JAR).getMainAttributes().getValue("Class-Path");

        assertThat(classPath).as("Class-Path of %s", JAR).isNotBlank();
        assertThat(Arrays.stream(classPath.trim().split("\\s+")).filter(entry -> !Files.isRegularFile(TARGET.resolve(entry))))
                .as("Class-Path entries missing from %s", TARGET.resolve("lib")).isEmpty();
    }

    @Test
    void theJarPrintsATokenFromAnotherDirectory(@TempDir Path elsewhere) throws Exception {
        assertThat(tokenPrintedBy(elsewhere, List.of(), JAR)).matches(JWT);
    }

    @Test
    void theSingleFileJarAloneInADirectoryPrintsAToken(@TempDir Path elsewhere) throws Exception {
        Path copy = Files.copy(BOOT_JAR, elsewhere.resolve("partner-benefits-boot.jar"));

        assertThat(tokenPrintedBy(elsewhere, List.of(), copy)).matches(JWT);
    }

    @Test
    void theJarWithoutItsLibrariesSaysWhereTheyAreWithoutAStackTrace(@TempDir Path elsewhere) throws Exception {
        Path copy = Files.copy(JAR, elsewhere.resolve("partner-benefits.jar"));

        Run token = run(elsewhere, List.of(), copy, "token", "admin@contoso.com");
        Run service = run(elsewhere, List.of(), copy, "--server.port=0");

        for (Run run : List.of(token, service)) {
            assertThat(run.exit()).as("exit, output %s", run.output()).isEqualTo(1);
            assertThat(String.join("\n", run.output())).contains("libraries beside it in lib/")
                    .contains("partner-benefits-boot.jar").doesNotContain("\tat ").doesNotContain("NoClassDefFoundError");
        }
    }

    /** Beside target/lib it must still be the single file: nothing loaded from lib/, which may hold other builds. */
    @Test
    void theSingleFileJarBesideLibLoadsNothingFromLib(@TempDir Path elsewhere) throws Exception {
        Path classLog = elsewhere.resolve("classes.log");

        String token = tokenPrintedBy(elsewhere, List.of("-Xlog:class+load=info:file=" + classLog), BOOT_JAR);

        assertThat(token).matches(JWT);
        String lib = TARGET.resolve("lib").toString();
        assertThat(Files.readAllLines(classLog).stream().filter(line -> line.contains(lib)).limit(5))
                .as("classes loaded from %s", lib).isEmpty();
        assertThat(manifestOf(BOOT_JAR).getMainAttributes().getValue("Class-Path")).as("Class-Path of %s", BOOT_JAR).isNull();
        assertThat(manifestOf(BOOT_JAR).getMainAttributes().getValue("Start-Class"))
                .isEqualTo(PartnerBenefitsApplication.class.getName());
    }

    /** Runs {@code java -jar <jar> token admin@contoso.com} in the directory and answers its last line of output. */
    private static String tokenPrintedBy(Path directory, List<String> jvmOptions, Path jar) throws Exception {
        Run run = run(directory, jvmOptions, jar, "token", "admin@contoso.com");
        assertThat(run.exit()).as("exit, output %s", run.output()).isZero();
        return run.output().isEmpty() ? "" : run.output().get(run.output().size() - 1).trim();
    }

    private record Run(int exit, List<String> output) {
    }

    private static Run run(Path directory, List<String> jvmOptions, Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(directory, "output", ".txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end: " + Files.readAllLines(output, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readAllLines(output, StandardCharsets.UTF_8));
    }

    private static Manifest manifestOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest();
        }
    }
}
