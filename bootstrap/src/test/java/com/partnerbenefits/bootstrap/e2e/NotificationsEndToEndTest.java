package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.partnerbenefits.application.port.in.NotificationJobsUseCase;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Notifications end to end (SPEC §5.3): a real SMTP server (GreenMail) receives the threshold,
 * exhausted, expiring and resolved e-mails once each, in the recipient's language and naming the
 * contract; the same notifications are in the product, localised, and can be marked read. Two
 * instances taking 50 concurrent raises tell each recipient of the threshold once by each channel.
 */
class NotificationsEndToEndTest extends EndToEndTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry settings) {
        settings.add("spring.mail.host", () -> "127.0.0.1");
        settings.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        settings.add("benefits.notifications.dispatch-interval", () -> "200ms");
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    static final String NOTIFICATIONS = """
            query($unread: Boolean) { viewer { notifications(first: 10, unreadOnly: $unread) { totalCount unreadCount
              nodes { id kind read message contract { id } incident { id } } } } }""";

    static final String PREFERENCES = """
            mutation($l: String, $e: Boolean) { updateMyPreferences(input: {language: $l, emailNotifications: $e}) {
              account { login language emailNotifications } userErrors { code message field } } }""";

    @Autowired
    NotificationJobsUseCase jobs;

    @Autowired
    MongoConnectionDetails store;

    @Test
    void twoInstancesTakingFiftyConcurrentRaisesTellEachRecipientOfTheThresholdOnceByEachChannel() throws Exception {
        List<String> hooks = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            hooks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        BackOffice.Partner fabrikam = backOffice.partner("Fabrikam Twice");
        String admin = backOffice.globalAdmin(fabrikam);
        String engineer = fabrikam.outsideMsaAccount("engineer");
        JsonNode contract = benefits.activated(admin, backOffice.activeMembership(fabrikam, "GOLD_COMPETENCY", "Data Platform"),
                "MICROSOFT_PRODUCT_SUPPORT");
        benefits.link(admin, null, contract);
        benefits.link(engineer, null, contract);
        JsonNode added = api.post(admin, null, """
                mutation($p: ID!, $url: String!) { addWebhookEndpoint(input: {partnerId: $p, url: $url, kinds: [INCIDENTS_LOW]}) {
                  userErrors { code message } } }""", Map.of("p", fabrikam.id(), "url", "http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hook")).at("data.addWebhookEndpoint");
        assertThat(added.get("userErrors").isEmpty()).as(added.toString()).isTrue();
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2022\"]");
        List<String> recipients = List.of(fabrikam.login("admin"), fabrikam.mpnId() + "-engineer@outlook.com");

        try (SecondInstance second = SecondInstance.sharing(store, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP.getSmtp().getPort(), "--benefits.notifications.dispatch-interval=200ms")) {
            List<GraphQlHttp> instances = List.of(api, second.api);
            CyclicBarrier together = new CyclicBarrier(10);
            ExecutorService clients = Executors.newFixedThreadPool(10);
            try {
                List<Future<?>> raising = new ArrayList<>();
                for (int thread = 0; thread < 10; thread++) {
                    int first = thread;
                    raising.add(clients.submit(() -> {
                        together.await();
                        for (int n = first; n < 50; n += 10) {
                            new Incidents(instances.get(n % 2)).raise(n % 4 < 2 ? admin : engineer, contract.get("id").asString(), sql,
                                    "2022", "twice-" + n);
                        }
                        return null;
                    }));
                }
                for (Future<?> thread : raising) {
                    thread.get();
                }
            } finally {
                clients.shutdownNow();
            }
            for (int wait = 0; wait < 200 && (lowMailsTo(recipients).size() < 2 || hooks.isEmpty()); wait++) {
                Thread.sleep(100);
            }
            Thread.sleep(1_500); // anything doubled would have arrived by now
        } finally {
            receiver.stop(0);
        }

        assertThat(lowMailsTo(recipients)).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(hooks).singleElement().asString().contains("\"type\":\"benefits.incidents_low\"");
        for (String reader : List.of(admin, engineer)) {
            JsonNode inbox = api.post(reader, null, NOTIFICATIONS, Map.of()).at("data.viewer.notifications.nodes");
            List<String> kinds = new ArrayList<>();
            inbox.forEach(node -> kinds.add(node.get("kind").asString()));
            assertThat(kinds).as(inbox.toString()).containsOnlyOnce("INCIDENTS_LOW");
        }
    }

    /** The recipients (among these) of each INCIDENTS_LOW e-mail received, once per e-mail. */
    private static List<String> lowMailsTo(List<String> recipients) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            String address = mail.getRecipients(Message.RecipientType.TO)[0].toString();
            if (recipients.contains(address) && mail.getSubject().startsWith("Support incidents running low")) {
                to.add(address);
            }
        }
        return to;
    }

    @Test
    void thresholdExhaustedExpiringAndResolvedMailsArriveOnceEachInTheRecipientsLanguage() throws Exception {
        BackOffice.Partner contoso = backOffice.partner("Contoso Mail");
        String admin = backOffice.globalAdmin(contoso);
        String ending = backOffice.membership(contoso, "GOLD_COMPETENCY", "Data Platform", BackOffice.TODAY.minusMonths(11),
                BackOffice.TODAY.plusDays(20));
        JsonNode contract = benefits.activated(admin, ending, "MICROSOFT_PRODUCT_SUPPORT");
        benefits.link(admin, null, contract);
        JsonNode chosen = api.post(admin, null, PREFERENCES, Map.of("l", "ja")).at("data.updateMyPreferences");
        assertThat(chosen.at("/account/language").asString()).as(chosen.toString()).isEqualTo("ja");
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2022\"]");
        String contractId = contract.get("id").asString();
        List<String> raised = new ArrayList<>();
        for (int n = 0; n < 21; n++) { // 20 incidents: the 18th leaves 2 (low), the 20th none, the 21st is refused
            GraphQlHttp.Response response = incidents.raise(admin, contractId, sql, "2022", "key-" + n);
            if (response.at("data.raiseIncident.userErrors").isEmpty()) {
                raised.add(response.at("data.raiseIncident.incident.id").asString());
            }
        }
        assertThat(raised).hasSize(20);
        GraphQlHttp.Response resolved = api.post(SupportDeskEndToEndTest.SUPPORT, null, SupportDeskEndToEndTest.RESOLVE,
                Map.of("id", raised.get(0), "cause", "SOLVED", "note", "Fixed"));
        assertThat(resolved.at("data.resolveIncident.userErrors").isEmpty()).as(resolved.body()).isTrue();
        jobs.checkExpiry();
        jobs.checkExpiry();

        assertThat(SMTP.waitForIncomingEmail(20_000, 4)).isTrue();
        Thread.sleep(1_000); // anything doubled would have arrived by now
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(contoso.login("admin"))) {
                subjects.add(mail.getSubject());
                assertThat(GreenMailUtil.getBody(mail)).contains("text/html");
            }
        }
        assertThat(subjects).containsExactlyInAnyOrder(
                "サポート インシデントの残りが少なくなっています: Contoso Mail の Microsoft 製品サポート",
                "サポート インシデントが残っていません: Contoso Mail の Microsoft 製品サポート",
                "サポート契約はあと 20 日で終了します: Contoso Mail の Microsoft 製品サポート",
                "サポート インシデントが解決されました");

        JsonNode inbox = api.post(admin, "pt-BR", NOTIFICATIONS, Map.of()).at("data.viewer.notifications");
        assertThat(inbox.get("totalCount").asInt()).isEqualTo(4);
        assertThat(inbox.get("unreadCount").asInt()).isEqualTo(4);
        List<String> messages = new ArrayList<>();
        inbox.get("nodes").forEach(node -> messages.add(node.get("message").asString()));
        assertThat(messages).contains("Suporte a Produtos Microsoft de Contoso Mail não tem mais incidentes restantes. "
                + "É necessário um novo plano de suporte: use outro plano de suporte que tenha incidentes restantes ou compre um "
                + "novo plano de suporte.");
        String first = inbox.at("/nodes/0/id").asString();
        JsonNode marked = api.post(admin, null, "mutation($ids: [ID!]!) { markNotificationsRead(input: {ids: $ids}) { marked unreadCount "
                + "userErrors { code } } }", Map.of("ids", List.of(first))).at("data.markNotificationsRead");
        assertThat(marked.get("marked").asInt()).isEqualTo(1);
        assertThat(marked.get("unreadCount").asInt()).isEqualTo(3);
        assertThat(api.post(admin, null, NOTIFICATIONS, Map.of("unread", true)).at("data.viewer.notifications.totalCount").asInt())
                .isEqualTo(3);
    }
}
