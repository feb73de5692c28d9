package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.Map;
import org.bson.BsonValue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/**
 * The nested dashboard costs the same number of MongoDB commands whatever the number of memberships,
 * benefits and contracts: each level of the graph is loaded in one batch. Counted with a driver
 * command listener on the service's own client.
 */
class DashboardQueryCountEndToEndTest extends EndToEndTest {

    /** Every command the service sends to MongoDB, as "name collection". */
    static final class CommandLog implements CommandListener {
        private static final java.util.regex.Pattern BACKGROUND = java.util.regex.Pattern.compile("notification|webhook|shedLock|shedlock");
        final List<String> commands = new CopyOnWriteArrayList<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonValue target = event.getCommand().get(event.getCommandName());
            String collection = target.isString() ? target.asString().getValue() : String.valueOf(target);
            if (!BACKGROUND.matcher(collection).lookingAt()) { // the notification poller and the scheduled checks run meanwhile
                commands.add(event.getCommandName() + " " + collection);
            }
        }
    }

    @TestConfiguration
    static class CountCommands {
        @Bean
        CommandLog commandLog() {
            return new CommandLog();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer listenToCommands(CommandLog log) {
            return settings -> settings.addCommandListener(log);
        }
    }

    @Autowired
    CommandLog log;

    /**
     * The whole page: memberships (paid plans among them) with their advisory hours, benefits, contracts and
     * each contract's last 5 incidents with their product.
     */
    static final String FULL_DASHBOARD = """
            { viewer { partner { name emptyBenefitsMessage
                memberships { id offer active advisoryHours { total remaining } benefits { id kind activated contract { accessId contractId status
                  incidentsRemaining incidents(first: 5) { totalCount edges { node { title status product { name } } } } } } }
                technicalBenefits { id contract { contractId } } } } }""";

    @Test
    void theDashboardCostsAsManyCommandsForFortyMembershipsAsForTwo() {
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2019\", \"2022\"]");
        String small = partnerWithActivatedMemberships(backOffice, benefits, sql, 2);
        String large = partnerWithActivatedMemberships(backOffice, benefits, sql, 40);

        List<String> forTwo = commandsFor(() -> assertDashboard(api.post(small, null, FULL_DASHBOARD, Map.of()), 2 + 1));
        List<String> forForty = commandsFor(() -> assertDashboard(api.post(large, null, FULL_DASHBOARD, Map.of()), 40 + 10));

        assertThat(forForty).as("commands for 40 memberships vs %s for 2", forTwo).hasSameSizeAs(forTwo);
        assertThat(forTwo).as("caller, partner, memberships (the IDs the partner keeps, the memberships), contracts, incidents (the IDs the contracts keep, the incidents), products")
                .hasSizeBetween(5, 9);
    }

    private List<String> commandsFor(Runnable request) {
        int before = log.commands.size();
        request.run();
        return List.copyOf(log.commands.subList(before, log.commands.size()));
    }

    private static void assertDashboard(GraphQlHttp.Response dashboard, int memberships) {
        JsonNode partner = dashboard.at("data.viewer.partner");
        assertThat(partner.get("memberships").size()).as(dashboard.body()).isEqualTo(memberships);
        for (JsonNode membership : partner.get("memberships")) {
            if (membership.get("offer").asString().equals("GOLD_COMPETENCY")) {
                assertThat(membership.at("/advisoryHours/total").asDouble()).isEqualTo(10);
                assertThat(membership.at("/advisoryHours/remaining").asDouble()).isIn(8.0, 10.0);
            } else {
                assertThat(membership.at("/advisoryHours/total").asDouble()).isZero();
            }
            for (JsonNode benefit : membership.get("benefits")) {
                assertThat(benefit.get("contract").get("accessId").asString()).isNotBlank();
                if (benefit.get("kind").asString().equals("MICROSOFT_PRODUCT_SUPPORT")) {
                    JsonNode incidents = benefit.get("contract").get("incidents");
                    assertThat(incidents.get("totalCount").asInt()).isEqualTo(1);
                    assertThat(incidents.at("/edges/0/node/product/name").asString()).startsWith("SQL Server");
                }
            }
        }
    }

    /**
     * Alternating Gold (two benefits) and Action Pack (one), every benefit activated, linked to the
     * admin, one incident raised on each product-support contract, 10 advisory hours with each Gold
     * membership (2 of them reserved on every fourth), and a paid plan recorded for every fourth membership (Premier Support, shown among the memberships with its contract); answers the
     * admin's token.
     */
    private String partnerWithActivatedMemberships(BackOffice backOffice, Benefits benefits, String product, int count) {
        BackOffice.Partner partner = backOffice.partner("Partner of " + count);
        String admin = backOffice.globalAdmin(partner);
        for (int i = 0; i < count; i++) {
            boolean gold = i % 2 == 0;
            String membership = backOffice.membership(partner, gold ? "GOLD_COMPETENCY" : "ACTION_PACK",
                    gold ? "Cloud Platform" : null, BackOffice.TODAY.minusMonths(1), BackOffice.TODAY.plusYears(1), gold ? 10 : null);
            JsonNode contract = benefits.activated(admin, membership, "MICROSOFT_PRODUCT_SUPPORT");
            benefits.link(admin, null, contract);
            incidents.raise(admin, contract.get("id").asString(), product, "2022", "dashboard-" + i);
            if (gold) {
                benefits.activate(admin, null, benefits.benefitId(admin, membership, "SIGNATURE_CLOUD_SUPPORT"));
            }
            if (i % 4 == 0) {
                GraphQlHttp.Response asked = api.post(admin, null, AdvisoryHoursEndToEndTest.REQUEST,
                        Map.of("m", membership, "h", 2, "k", "dashboard-advice-" + i));
                assertThat(asked.at("data.requestAdvisory.advisoryHours.remaining").asDouble()).as(asked.body()).isEqualTo(8);
                GraphQlHttp.Response recorded = api.post(BackOfficeEndToEndTest.OPERATOR, null, WayForwardEndToEndTest.RECORD,
                        Map.of("input", Map.of("partnerId", partner.id(), "kind", "PREMIER_SUPPORT", "incidents", 5,
                                "startsOn", BackOffice.TODAY.toString(), "endsOn", BackOffice.TODAY.plusYears(1).toString())));
                assertThat(recorded.at("data.recordPaidSupportPlan.userErrors").size()).as(recorded.body()).isZero();
            }
        }
        return admin;
    }
}
