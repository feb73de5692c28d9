package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The README's way back to the demo world: what a reader changed stays across restarts (the store is a file), and
 * deleting the data directory before the next start brings the demo world back as it was. Such a clean start, as
 * `java -jar` makes it, logs no WARN line a newcomer would have to learn to ignore.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoResetTest {

    private static final String CONTOSO_ZONE = "{ viewer { partner { id timeZone } } }";

    @Test
    void deletingTheDataDirectoryBringsTheDemoWorldBack(@TempDir Path workDir, CapturedOutput log) throws Exception {
        Path data = workDir.resolve("data");
        String admin = GraphQlHttp.token("admin@contoso.com", false);
        try (ConfigurableApplicationContext first = start(data)) {
            assertThat(log.getAll().lines().filter(line -> line.contains(" WARN ")).toList())
                    .as("a clean start warns of nothing").isEmpty();
            GraphQlHttp api = api(first);
            String contoso = api.post(admin, null, CONTOSO_ZONE, Map.of()).at("data.viewer.partner.id").asString();
            api.post(GraphQlHttp.token("ops@partner-benefits.example", true), null, """
                    mutation($p: ID!) { updatePartner(input: {partnerId: $p, timeZone: "Asia/Tokyo"}) { userErrors { code } } }""",
                    Map.of("p", contoso));
            assertThat(api.post(admin, null, CONTOSO_ZONE, Map.of()).at("data.viewer.partner.timeZone").asString())
                    .isEqualTo("Asia/Tokyo");
        }
        assertThat(Files.exists(data.resolve("benefits.mv"))).as("the store was kept in ./data").isTrue();

        FileSystemUtils.deleteRecursively(data);

        try (ConfigurableApplicationContext again = start(data)) {
            assertThat(api(again).post(admin, null, CONTOSO_ZONE, Map.of()).at("data.viewer.partner.timeZone").asString())
                    .as("the demo world as it was first loaded").isEqualTo("UTC");
        }
    }

    /** The default durable store, in this test's own data directory, with the demo world (as `java -jar` starts). */
    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(PartnerBenefitsApplication.class).run("--server.port=0",
                "--benefits.embedded-mongo.path=" + data.resolve("benefits.mv"), "--benefits.demo.enabled=true");
    }

    private static GraphQlHttp api(ConfigurableApplicationContext context) {
        return new GraphQlHttp(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
