package com.partnerbenefits.bootstrap.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one operation from N clients, for a while or a fixed number of calls, and summarises what each call took. */
final class Load {

    /** One client's next call; {@code client} is 0..clients-1, {@code call} counts its calls. */
    interface Call {
        void run(int client, int call) throws Exception;
    }

    record Result(int clients, long calls, double seconds, double meanMillis, double p50Millis, double p99Millis) {
        double perSecond() {
            return calls / seconds;
        }
    }

    private Load() {
    }

    /** Warms up, then measures. */
    static Result run(int clients, Duration warmup, Duration measured, Call call) throws Exception {
        warm(clients, warmup, call);
        return measure(clients, measured, call);
    }

    /** Runs the calls for a while without keeping what they took, so the JIT and the caches settle. */
    static void warm(int clients, Duration duration, Call call) throws Exception {
        measure(clients, duration, call);
    }

    /** Every client calls for that long. */
    static Result measure(int clients, Duration duration, Call call) throws Exception {
        return measure(clients, Long.MAX_VALUE, duration.toNanos(), call);
    }

    /** Every client makes exactly {@code callsPerClient} calls. */
    static Result count(int clients, int callsPerClient, Call call) throws Exception {
        return measure(clients, callsPerClient, Long.MAX_VALUE / 4, call);
    }

    private static Result measure(int clients, long callsPerClient, long nanos, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CyclicBarrier start = new CyclicBarrier(clients);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int id = client;
                workers.add(pool.submit(() -> {
                    start.await();
                    long deadline = System.nanoTime() + nanos;
                    long[] took = new long[1024];
                    int calls = 0;
                    while (calls < callsPerClient && System.nanoTime() < deadline) {
                        long begin = System.nanoTime();
                        call.run(id, calls);
                        if (calls == took.length) {
                            took = Arrays.copyOf(took, calls * 2);
                        }
                        took[calls++] = System.nanoTime() - begin;
                    }
                    return Arrays.copyOf(took, calls);
                }));
            }
            long startedAt = System.nanoTime();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
            double seconds = (System.nanoTime() - startedAt) / 1e9;
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            double mean = Arrays.stream(latencies).average().orElse(0) / 1e6;
            return new Result(clients, latencies.length, seconds, mean, percentile(latencies, 0.50),
                    percentile(latencies, 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, double rank) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(rank * sorted.length) - 1)] / 1e6;
    }
}
