package com.partnerbenefits.bootstrap.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * The dashboard (10 memberships) and the raise on stores holding 1,000, 10,000 and 100,000 partners
 * ({@code -Dbenchmark.sizes=200,2000} for others). A service of its own on the embedded store in memory, as every other
 * part of the benchmark ({@code -Dbenchmark.sizes.store=durable}: the durable default, in a fresh file under
 * {@code target/}), grows one store from size to size with
 * {@link StoreSeeder}: the measured partner, its dashboard and the raisers' accounts are the same at every size, only
 * the others around them change. Rows at 1 and 8 clients; the last size over the first is the ratio the target reads.
 * {@code -Dbenchmark.sizes.service-args=--benefits.store.repair-interval=1h,--benefits.notifications.first-response-interval=1h}
 * passes settings to that service (comma-separated): these two set the periodic scans (docs/scaling.md) apart from the
 * hot paths.
 */
final class SizeSweep {

    private static final Path DIRECTORY = Path.of("target", "benchmark-sizes");
    private static final int RAISES_ONE_CLIENT = Integer.getInteger("benchmark.sizes.raises", 400);

    private final Rows report;

    SizeSweep(Rows report) {
        this.report = report;
    }

    void run() throws Exception {
        List<Integer> sizes = Rows.sizes("benchmark.sizes", List.of(1_000, 10_000, 100_000));
        boolean durable = System.getProperty("benchmark.sizes.store", "memory").equals("durable");
        FileSystemUtils.deleteRecursively(DIRECTORY);
        List<String> dashboardLines = new ArrayList<>();
        List<String> raiseLines = new ArrayList<>();
        List<String> seedingLines = new ArrayList<>();
        Map<Integer, Map<Integer, Double>> dashboardMeans = new LinkedHashMap<>();
        Map<Integer, Map<Integer, Double>> raiseMeans = new LinkedHashMap<>();
        List<String> settings = new ArrayList<>(List.of(System.getProperty("benchmark.sizes.service-args", "").split(",")));
        settings.removeIf(String::isBlank);
        if (durable) {
            settings.addAll(List.of("--benefits.embedded-mongo.in-memory=false",
                    "--benefits.embedded-mongo.path=" + DIRECTORY.resolve("benefits.mv").toAbsolutePath()));
        }
        String[] store = settings.toArray(String[]::new);
        try (BenchWorld world = BenchWorld.start(store)) {
            Rows dashboards = new Rows(line -> progress(dashboardLines, line));
            Rows raises = new Rows(line -> progress(raiseLines, line));
            StoreSeeder seeder = StoreSeeder.fromTemplates(world);
            BenchWorld.Partner measured = world.partnerWithDashboard(10);
            int seeded = 0;
            for (int size : sizes) {
                long started = System.nanoTime();
                seeder.seed(size - seeded);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.gc();
                seedingLines.add(String.format("%,d partners: %,d more seeded in %.1f s; the store then held %,d accounts, "
                        + "%,d memberships, %,d support contracts, %,d links and %,d incidents; heap in use %,d MB", size,
                        size - seeded, seconds, count(world, "accounts"), count(world, "memberships"),
                        count(world, "support_contracts"), count(world, "contract_links"), count(world, "incidents"),
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20));
                System.out.println("BENCH-progress " + seedingLines.get(seedingLines.size() - 1));
                seeded = size;
                for (int clients : Rows.sizes("benchmark.clients", List.of(1, 8))) {
                    Load.Result dashboard = dashboards.request(world.api, String.format("%,d", size), clients, measured.admin(),
                            BenchWorld.DASHBOARD);
                    dashboardMeans.computeIfAbsent(clients, c -> new LinkedHashMap<>()).put(size, dashboard.meanMillis());
                    raiseMeans.computeIfAbsent(clients, c -> new LinkedHashMap<>()).put(size, raiseRow(world, raises, size, clients));
                }
            }
        } finally {
            FileSystemUtils.deleteRecursively(DIRECTORY);
        }
        report.line("");
        report.line("## Size: the dashboard (10 memberships) and the raise on stores of " + String.join(", ",
                sizes.stream().map(size -> String.format("%,d", size)).toList()) + " partners (embedded store, "
                + (durable ? "durable: the default" : "in memory") + ")");
        report.line("Seeded with the driver's bulk inserts, copies of template partners made through the API (per 10 "
                + "partners: 6 Action Pack, 3 Silver, 1 Gold; 2.6 accounts, 1.4 contracts, 1.9 links and 13.4 incidents per partner).");
        report.line("");
        seedingLines.forEach(line -> report.line("- " + line));
        report.line("");
        report.line("### Dashboard, 10 memberships");
        report.requestHeader("partners in the store");
        dashboardLines.forEach(report::line);
        report.line("");
        report.line("### Raising an incident on Gold contracts");
        report.line("| partners in the store | clients | raises | raiseIncident/s | p50 ms | p99 ms | mean ms | MongoDB commands per raise | MongoDB wait ms per raise |");
        report.line("|---|---|---|---|---|---|---|---|---|");
        raiseLines.forEach(report::line);
        report.line("");
        report.line("Largest over smallest store (mean latency; target ≤ 1.5×): dashboard " + ratios(dashboardMeans)
                + "; raise " + ratios(raiseMeans));
    }

    private double raiseRow(BenchWorld world, Rows raises, int size, int clients) throws Exception {
        int perClient = clients == 1 ? RAISES_ONE_CLIENT : Math.max(BenchWorld.GOLD_PRODUCT_INCIDENTS, RAISES_ONE_CLIENT / 2);
        // each client's first contract warms the path up, the measured raises go on from its second
        BenchWorld.Raisers raisers = world.raisers(clients, perClient + BenchWorld.GOLD_PRODUCT_INCIDENTS);
        Load.count(clients, BenchWorld.GOLD_PRODUCT_INCIDENTS, raisers::raise);
        CommandStats.Snapshot before = CommandStats.INSTANCE.snapshot();
        Load.Result raise = Load.count(clients, perClient, (client, call) -> raisers.raise(client,
                call + BenchWorld.GOLD_PRODUCT_INCIDENTS));
        CommandStats.Snapshot spent = CommandStats.INSTANCE.snapshot().since(before);
        raises.line(String.format("| %,d | %d | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %.2f |", size, clients, raise.calls(),
                raise.perSecond(), raise.p50Millis(), raise.p99Millis(), raise.meanMillis(), (double) spent.commands() / raise.calls(),
                spent.waitingNanos() / 1e6 / raise.calls()));
        return raise.meanMillis();
    }

    /** Keeps a row for its table, printed at the end, and shows it now (the sweep takes minutes). */
    private static void progress(List<String> table, String line) {
        table.add(line);
        System.out.println("BENCH-progress " + line);
    }

    private static long count(BenchWorld world, String collection) {
        return world.store.getCollection(collection).estimatedDocumentCount();
    }

    private static String ratios(Map<Integer, Map<Integer, Double>> means) {
        List<String> ratios = new ArrayList<>();
        means.forEach((clients, bySize) -> {
            List<Double> inOrder = new ArrayList<>(bySize.values());
            ratios.add(String.format("**%.2f×** at %d client%s", inOrder.get(inOrder.size() - 1) / inOrder.get(0), clients,
                    clients == 1 ? "" : "s"));
        });
        return String.join(", ", ratios);
    }
}
