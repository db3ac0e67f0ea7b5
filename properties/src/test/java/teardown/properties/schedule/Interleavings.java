package teardown.properties.schedule;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.toolstack.Toolstack;

/**
 * jqwik arbitraries for interleavings, configurations and variants.
 *
 * <p>Why a schedule arbitrary and not jqwik's action chains: the model already gives every enabled
 * step as a pure function of the state, so an "action" would only ever be "take enabled step k".
 * A schedule is that as a plain value (a start and a list of ints): jqwik's list shrinking (drop
 * elements, lower them to 0) works at full strength because the mod rule makes every candidate a
 * valid run, with no preconditions to discard; and the same value is printed, replayed, pasted
 * into a test and searched by {@code teardown fuzz}, which runs without jqwik.
 */
final class Interleavings {

    /** Choices above the largest number of steps ever enabled at once only repeat smaller ones. */
    static final int MAX_CHOICE = 7;

    private Interleavings() {
    }

    /**
     * Long enough for most runs to reach their end. Sizes are drawn uniformly up to it (jqwik's
     * default favours short lists), so deadlock and progress, judged only at a run's end, get tries.
     */
    static int maxSteps(Configuration c) {
        return RandomSearch.defaultMaxSteps(c);
    }

    /**
     * Schedules for one configuration. The edge cases are the {@link Bias} policies' schedules from
     * every initial state: remove racing the last completion, the timeout racing completion, and
     * the benign drain-first order come first instead of waiting for luck.
     */
    static Arbitrary<Schedule> schedules(Configuration c) {
        int maxSteps = maxSteps(c);
        Arbitrary<Integer> start = Arbitraries.integers().between(0, c.requests());
        Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, MAX_CHOICE)
                .list().ofMaxSize(maxSteps).withSizeDistribution(RandomDistribution.uniform()).map(List::ofAll);
        Schedule[] biased = Bias.edgeCases(c, maxSteps).toJavaArray(Schedule[]::new);
        return Combinators.combine(start, choices).as(Schedule::new).edgeCases(e -> e.add(biased));
    }

    /**
     * The post's variants (its four drivers with either xend) and one row per toolstack of today
     * with the driver it drives in practice, on every disk, at the default request count.
     */
    static List<Configuration> variants() {
        List<Configuration> post = List.of(Driver.STOCK, Driver.UNPATCHED, Driver.PATCHED, Driver.UPSTREAM)
                .flatMap(d -> List.of(Toolstack.XEND31, Toolstack.XENDPATCHED).flatMap(x -> List.of(Disk.values()).map(k -> Configuration.of(d, x, k))));
        List<Configuration> today = List.of(io.vavr.Tuple.of(Driver.UPSTREAM, Toolstack.XL), io.vavr.Tuple.of(Driver.UPSTREAM, Toolstack.XENOPSD_CLASSIC),
                        io.vavr.Tuple.of(Driver.PATCHED, Toolstack.XENOPSD_SHUTDOWN), io.vavr.Tuple.of(Driver.PROPOSED, Toolstack.PROPOSED))
                .flatMap(p -> List.of(Disk.values()).map(k -> Configuration.of(p._1, p._2, k)));
        return post.appendAll(today);
    }

    /** Any configuration small enough to check exhaustively: 0 to 3 requests, up to two hazards that apply. */
    static Arbitrary<Configuration> configurations() {
        Arbitrary<Driver> drivers = Arbitraries.of(Driver.values());
        Arbitrary<Toolstack> xends = Arbitraries.of(Toolstack.values());
        Arbitrary<Disk> disks = Arbitraries.of(Disk.values());
        Arbitrary<Integer> requests = Arbitraries.integers().between(0, 3);
        return Combinators.combine(drivers, xends, disks, requests).flatAs((d, x, k, n) ->
                Arbitraries.of(List.of(Hazard.values()).filter(h -> h.appliesTo(d)).toJavaList())
                        .set().ofMaxSize(2)
                        .map(h -> new Configuration(d, x, k, n, TreeSet.ofAll(h))))
                .filter(c -> c.toolstack().cannotDrive(c.driver()).isEmpty());
    }
}
