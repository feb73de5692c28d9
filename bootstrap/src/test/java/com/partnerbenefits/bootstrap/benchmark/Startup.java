package com.partnerbenefits.bootstrap.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.util.FileSystemUtils;

/**
 * Startup of the embedded default as a user meets it: {@code java -jar} on the built jar in an empty
 * directory (durable embedded store, demo data), timed from the process start to the first answered
 * GraphQL request.
 */
final class Startup {

    private Startup() {
    }

    /** Milliseconds to the first answer, or empty when the jar has not been built. */
    static Optional<Long> measure() throws Exception {
        Path jar = Path.of("target", "partner-benefits.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            return Optional.empty();
        }
        int port = TestSocketUtils.findAvailableTcpPort();
        Path home = Files.createTempDirectory("startup-benchmark");
        ProcessBuilder command = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar.toString(), "--server.port=" + port)).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("service.log").toFile());
        long begin = System.nanoTime();
        Process service = command.start();
        try (BenchApi api = new BenchApi(port)) {
            while (service.isAlive() && System.nanoTime() - begin < 180_000_000_000L) {
                try {
                    api.call(BenchApi.OPERATOR, "{ products { id } }", Map.of());
                    return Optional.of((System.nanoTime() - begin) / 1_000_000);
                } catch (java.io.IOException notYet) {
                    Thread.sleep(20);
                }
            }
            throw new IllegalStateException("the jar did not answer; see " + home.resolve("service.log"));
        } finally {
            service.destroy();
            service.waitFor();
            FileSystemUtils.deleteRecursively(home);
        }
    }
}
