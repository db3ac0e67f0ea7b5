package teardown.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;

/**
 * What the analysis guarantees over its two extreme assignments: the worst is never below the
 * best, and time has no unit in it (every row scaled by the same factor scales every figure by
 * it). Lengthening one row alone is not monotone: see {@link BlackoutAnalysisTest}.
 */
class BlackoutProperties {

    @Provide
    Arbitrary<Configuration> variants() {
        List<Configuration> all = List.of(Driver.values()).flatMap(d -> List.of(Toolstack.values()).flatMap(x ->
                List.of(Disk.HEALTHY, Disk.HUNG, Disk.SLOW).map(k -> new Configuration(d, x, k, 1, TreeSet.empty()))));
        return Arbitraries.of(all.asJava());
    }

    /** Powers of two, so that scaling is exact in floating point and ties stay ties. */
    @Provide
    Arbitrary<Double> scales() {
        return Arbitraries.of(0.25, 0.5, 2.0, 4.0);
    }

    @Property(tries = 40)
    void worstIsNeverBelowBestAndEveryFigureScalesWithTheWholeTable(@ForAll("variants") Configuration c,
                                                                    @ForAll("scales") double factor,
                                                                    @ForAll @DoubleRange(min = 0.5, max = 64) double memoryGib) {
        TimingTable defaults = TimingTable.defaults();
        TimingTable scaled = defaults;
        for (TimingEntry e : defaults.entries()) {
            scaled = scaled.with(e.key(), e.interval().times(factor));
        }
        Blackout before = BlackoutAnalysis.analyse(c, defaults, memoryGib);
        Blackout after = BlackoutAnalysis.analyse(c, scaled, memoryGib);
        assertTrue(before.worst() >= before.best(), c.label() + ": worst " + before.worst() + " below best " + before.best());
        assertEquals(before.best() * factor, after.best(), 0, c.label() + ": best, every row x" + factor);
        assertEquals(before.worst() * factor, after.worst(), 0, c.label() + ": worst, every row x" + factor);
        assertEquals(before.xenwatchWorst() * factor, after.xenwatchWorst(), 0, c.label() + ": xenwatch, every row x" + factor);
    }
}
