package com.partnerbenefits.bootstrap.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The report's lines, and the row every request-rate table shares: warm up, then measure one query from N clients. */
final class Rows {

    static final String REQUEST_HEADER = "| %s | clients | requests/s | p50 ms | p99 ms | mean ms | MongoDB commands per request "
            + "| MongoDB wait ms per request | latency / MongoDB wait |";
    static final String REQUEST_RULE = "|---|---|---|---|---|---|---|---|---|";
    // Steady state: the JIT compiles the stack's hot paths only after thousands of requests on these two cores; with
    // a few seconds of warm-up every latency measured was about 2.5 times its steady state (docs/benchmarks.md).
    static final Duration WARMUP = Duration.ofMillis(Long.getLong("benchmark.warmup.ms", 3000));
    static final Duration MEASURED = Duration.ofMillis(Long.getLong("benchmark.measured.ms", 3000));

    private final Consumer<String> line;

    Rows(Consumer<String> line) {
        this.line = line;
    }

    void line(String text) {
        line.accept(text);
    }

    /** The table's header for a first column named {@code what}. */
    void requestHeader(String what) {
        line(String.format(REQUEST_HEADER, what));
        line(REQUEST_RULE);
    }

    /**
     * One query from {@code clients} clients: its commands on one isolated request, a warm-up, then the measured part
     * with the MongoDB commands and wait counted by {@link CommandStats} (the clients of every application it watches).
     */
    Load.Result request(BenchApi api, String label, int clients, String token, String query) throws Exception {
        CommandStats.Snapshot before = CommandStats.INSTANCE.snapshot();
        api.post(token, query, Map.of());
        long commandsPerRequest = CommandStats.INSTANCE.snapshot().since(before).commands();
        Load.warm(clients, WARMUP, (client, call) -> api.post(token, query, Map.of()));
        CommandStats.Snapshot start = CommandStats.INSTANCE.snapshot();
        Load.Result result = Load.measure(clients, MEASURED, (client, call) -> api.post(token, query, Map.of()));
        CommandStats.Snapshot spent = CommandStats.INSTANCE.snapshot().since(start);
        double waitMillis = spent.waitingNanos() / 1e6 / result.calls();
        line(String.format("| %s | %d | %.0f | %.2f | %.2f | %.2f | %d (%.1f measured) | %.2f | %.1f× |", label, clients,
                result.perSecond(), result.p50Millis(), result.p99Millis(), result.meanMillis(), commandsPerRequest,
                (double) spent.commands() / result.calls(), waitMillis, result.meanMillis() / waitMillis));
        return result;
    }

    /** The sizes a row runs for, or those named by the system property (a comma-separated list, for investigations). */
    static List<Integer> sizes(String property, List<Integer> all) {
        String named = System.getProperty(property, "");
        return named.isEmpty() ? all : Arrays.stream(named.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
