package teardown.cli;

import com.sun.management.OperatingSystemMXBean;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeSet;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import teardown.checker.Checker;
import teardown.checker.Footprints;
import teardown.checker.Property;
import teardown.checker.Report;
import teardown.checker.Statistics;
import teardown.checker.Storage;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.properties.BystanderSymmetry;
import teardown.properties.PropertyId;
import teardown.properties.TeardownProperties;
import teardown.properties.TeardownSystem;

/**
 * {@code teardown bench}: the engine's speed and memory on a fixed ladder of configurations. Each
 * rung is searched for safety (fingerprints) and for liveness (the whole graph), on one thread and
 * on several; per run it prints distinct states, transitions, states per second (wall clock, and
 * per CPU second of the whole process, which other programs on the machine disturb less),
 * bytes per stored state and threads. A benchmark, never a test: nothing here passes or fails.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the checker on a fixed ladder of configurations (requests 2..64, then devices 1..3 x bystanders 0..2);"
                + " text or --format json.")
final class BenchCommand implements Callable<Integer> {

    /** The variant with the most states at every request count in the default matrix. */
    static final Configuration BASE = Configuration.of(Driver.UNPATCHED, Toolstack.XENDPATCHED, Disk.HEALTHY);

    static final List<Integer> REQUESTS = List.of(2, 4, 8, 16, 32, 64);

    /**
     * The world rungs: several devices and bystander guests, on the post's patch (the design whose
     * blast radius is in question) at one request per device, since each device multiplies the
     * states: the request ladder's variant with three devices passes two million states at one request.
     */
    static final Configuration WORLD = Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY);
    static final int WORLD_REQUESTS = 1;

    /** One configuration of the ladder: a base variant at a request count, with devices and bystanders. */
    record Rung(Configuration base, int requests, int devices, int bystanders) {

        Configuration configuration() {
            return base.withRequests(requests).withHazards(TreeSet.empty())
                    .withDisks(List.fill(devices, base.disk())).withBystanders(bystanders);
        }
    }

    static List<Rung> ladder(int maxRequests, int maxDevices) {
        return REQUESTS.filter(r -> r <= maxRequests).map(r -> new Rung(BASE, r, 1, 0))
                .appendAll(List.rangeClosed(1, maxDevices).flatMap(d -> List.of(0, 1, 2).map(b -> new Rung(WORLD, WORLD_REQUESTS, d, b))));
    }

    @Option(names = "--max-requests", paramLabel = "N", description = "stop the request ladder after this request count (default ${DEFAULT-VALUE})")
    int maxRequests = 64;

    @Option(names = "--max-devices", paramLabel = "D", description = "stop the world ladder after this many devices, 0 to skip it (default ${DEFAULT-VALUE})")
    int maxDevices = 3;

    @Option(names = "--threads", paramLabel = "T", description = "threads for the parallel runs (default: the machine's cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    OutputFormat output;

    /**
     * One search of one rung. {@code partialOrder} is states without partial-order reduction per
     * state with it (safety only; NaN where it was not measured), {@code partialOrderNote} why it is 1 or absent.
     */
    record Run(Rung rung, String check, Statistics statistics, double cpuSeconds, double partialOrder, String partialOrderNote) {

        double perCpuSecond() {
            return cpuSeconds > 0 ? statistics.states() / cpuSeconds : 0;
        }
    }

    @Override
    public Integer call() {
        boolean json = output.json();
        if (maxRequests < 0 || maxRequests > Selection.MAX_REQUESTS) {
            throw new BadInput("--max-requests must be between 0 and " + Selection.MAX_REQUESTS + ", was " + maxRequests);
        }
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, was " + threads);
        }
        if (maxDevices < 0 || maxDevices > Configuration.MAX_DEVICES) {
            throw BadInput.value("--max-devices", Integer.toString(maxDevices), "0 to " + Configuration.MAX_DEVICES);
        }
        // Warm the JIT on a small rung so the first measured rung is not mostly compilation.
        Rung warm = new Rung(BASE, Math.min(8, maxRequests), 1, 0);
        run(warm, "safety", 1);
        run(warm, "liveness", 1);
        List<Run> runs = ladder(maxRequests, maxDevices).distinct().flatMap(r -> List.of(run(r, "safety", 1), run(r, "safety", threads),
                run(r, "liveness", 1), run(r, "liveness", threads)).distinctBy(x -> x.check() + x.statistics().threads()));
        StringBuilder whyNot = new StringBuilder();
        List<SpinComparison.Pan> pans = SpinComparison.find(whyNot).map(spin -> runs
                        .filter(x -> x.check().equals("safety") && x.statistics().threads() == 1 && x.rung().base().equals(BASE))
                        .flatMap(x -> io.vavr.control.Option.ofOptional(spin.run(x.rung().requests(), x.statistics().states()))))
                .orElse(List.empty());
        System.out.print(json ? json(runs, pans, whyNot.toString()) : text(runs) + panText(pans, whyNot.toString()));
        return runs.exists(x -> !x.statistics().complete()) ? Main.EXIT_INCOMPLETE : 0;
    }

    private static Run run(Rung rung, String check, int threads) {
        Configuration c = rung.configuration();
        boolean safety = check.equals("safety");
        List<Property<TeardownState, Step>> properties = (safety ? PropertyId.safety() : PropertyId.all())
                .map(id -> TeardownProperties.of(id, c)).appendAll(TeardownProperties.witnesses());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        long cpu = os.getProcessCpuTime();
        Checker<TeardownState, Step> checker = Checker.of(new TeardownSystem(c)).properties(properties)
                .storage(safety ? Storage.FINGERPRINTS : Storage.GRAPH).threads(threads)
                .onProgress(p -> System.err.printf("  ... %s %s: %,d states, %,.0f states/s, queue %,d, depth %d%n",
                        c.label(), check, p.states(), p.statesPerSecond(), p.queued(), p.depth()), 5.0);
        Checker<TeardownState, Step> chosen = c.bystanders() > 1 ? checker.symmetry(new BystanderSymmetry()) : checker;
        Report<TeardownState, Step> r = chosen.check();
        double seconds = (os.getProcessCpuTime() - cpu) / 1e9;
        if (!safety) {
            return new Run(rung, check, r.statistics(), seconds, Double.NaN, "off for leads-to");
        }
        // Through Object: the model's system does not declare footprints yet, and the compiler knows that of a final class.
        if (!(((Object) new TeardownSystem(c)) instanceof Footprints<?, ?>)) {
            // Nothing declared: the reduced search would be this very search.
            return new Run(rung, check, r.statistics(), seconds, 1.0, "no footprints declared");
        }
        Statistics reduced = chosen.reduction(true).check().statistics();
        return new Run(rung, check, r.statistics(), seconds, (double) r.statistics().states() / reduced.states(),
                reduced.partialOrder().status());
    }

    static String panText(List<SpinComparison.Pan> pans, String whyNot) {
        if (pans.isEmpty()) {
            return whyNot.isEmpty() ? "" : "\n" + whyNot + "\n";
        }
        StringBuilder out = new StringBuilder("\nSPIN's pan on bench/spin/teardown.pml (the request ladder's variant in Promela), built with gcc "
                + SpinComparison.GCC_FLAGS + ", run with " + SpinComparison.PAN_FLAGS + " -w<bits>; seconds are pan's user CPU:\n");
        out.append(String.format("%8s %12s %12s %8s %12s %8s %5s%n", "requests", "states", "transitions", "cpu", "states/cpu", "B/state", "-w"));
        for (SpinComparison.Pan p : pans) {
            out.append(String.format(Locale.ROOT, "%8d %,12d %,12d %8.2f %,12.0f %8.1f %5d%n", p.requests(), p.states(), p.transitions(),
                    p.cpuSeconds(), p.perCpuSecond(), p.bytesPerState(), p.hashBits()));
        }
        return out.toString();
    }

    static String text(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        out.append("teardown bench: requests ladder on ").append(BASE.label()).append(", world ladder on ").append(WORLD.label())
                .append(" at ").append(WORLD_REQUESTS).append(" request(s) per device; ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; safety = the safety properties and witnesses on fingerprints, liveness = all properties on the graph;"
                        + " every device on the same disk; two bystanders are stored once per renaming (reduction)\n\n");
        out.append(String.format("%-26s %8s %7s %10s %-9s %7s %10s %12s %6s %8s %11s %11s %8s %10s %9s %5s%n", "variant", "requests", "devices", "bystanders",
                "check", "threads", "states", "transitions", "depth", "seconds", "states/s", "states/cpu", "B/state", "collision", "reduction", "por"));
        for (Run x : runs) {
            Statistics s = x.statistics();
            out.append(String.format(Locale.ROOT, "%-26s %8d %7d %10d %-9s %7d %,10d %,12d %6d %8.2f %,11.0f %,11.0f %8.1f %10s %9.2f %5s%s%n",
                    x.rung().base().driver().id() + "/" + x.rung().base().toolstack().id(), x.rung().requests(), x.rung().devices(), x.rung().bystanders(),
                    x.check(), s.threads(), s.states(), s.transitions(), s.depth(), s.seconds(), s.statesPerSecond(),
                    x.perCpuSecond(), s.bytesPerState(), s.storage().equals("graph") ? "-" : String.format(Locale.ROOT, "%.1e",
                            s.collisionProbability()), s.reductionFactor(),
                    Double.isNaN(x.partialOrder()) ? "-" : String.format(Locale.ROOT, "%.2f", x.partialOrder()),
                    s.complete() ? "" : "  incomplete (" + s.stopReason() + ")"));
        }
        out.append("por: states without partial-order reduction per state with it, safety only (leads-to turns it off); ")
                .append(runs.find(x -> !Double.isNaN(x.partialOrder())).map(Run::partialOrderNote).getOrElse("not measured")).append('\n');
        return out.toString();
    }

    static String json(List<Run> runs, List<SpinComparison.Pan> pans, String whyNot) {
        Map<String, Object> doc = LinkedHashMap.<String, Object>empty()
                .put("variant", BASE.label())
                .put("world_variant", WORLD.label())
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("runs", runs.map(x -> {
                    Statistics s = x.statistics();
                    return LinkedHashMap.<String, Object>empty()
                            .put("variant", x.rung().configuration().label())
                            .put("devices", x.rung().devices()).put("bystanders", x.rung().bystanders()).put("requests", x.rung().requests())
                            .put("check", x.check()).put("storage", s.storage()).put("threads", s.threads())
                            .put("states", s.states()).put("transitions", s.transitions()).put("depth", s.depth())
                            .put("seconds", s.seconds()).put("cpu_seconds", x.cpuSeconds())
                            .put("states_per_second", s.statesPerSecond()).put("states_per_cpu_second", x.perCpuSecond())
                            .put("bytes_per_state", s.bytesPerState())
                            .put("collision_probability", new java.math.BigDecimal(String.format(Locale.ROOT, "%.3e", s.collisionProbability())))
                            .put("reduction_factor", s.reductionFactor())
                            .put("partial_order_factor", Double.isNaN(x.partialOrder()) ? null : (Object) x.partialOrder())
                            .put("partial_order", x.partialOrderNote())
                            .put("complete", s.complete());
                }))
                .put("pan", pans.isEmpty() ? (Object) whyNot : LinkedHashMap.<String, Object>empty()
                        .put("model", "bench/spin/teardown.pml").put("gcc_flags", SpinComparison.GCC_FLAGS).put("pan_flags", SpinComparison.PAN_FLAGS)
                        .put("runs", pans.map(p -> LinkedHashMap.<String, Object>empty()
                                .put("requests", p.requests()).put("states", p.states()).put("transitions", p.transitions())
                                .put("cpu_seconds", p.cpuSeconds()).put("states_per_cpu_second", p.perCpuSecond())
                                .put("bytes_per_state", p.bytesPerState()).put("hash_bits", p.hashBits()))));
        return Json.write(doc);
    }
}
