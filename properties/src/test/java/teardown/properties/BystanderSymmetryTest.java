package teardown.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Teardown;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;

/** Symmetry over bystander guests changes how many states are stored, never a verdict. */
class BystanderSymmetryTest {

    private static final List<Configuration> VARIANTS = List.of(
            Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HUNG).withBystanders(2),
            Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY).withBystanders(2),
            Configuration.of(Driver.STOCK, Toolstack.XENDPATCHED, Disk.SLOW).withBystanders(2));

    @Test
    void verdictsAreTheSameWithAndWithoutIt() {
        for (Configuration c : VARIANTS) {
            VariantResult plain = VariantCheck.run(c, PropertyId.all(), VariantCheck.DEFAULT_MAX_STATES, p -> { }, false);
            VariantResult reduced = VariantCheck.run(c, PropertyId.all(), VariantCheck.DEFAULT_MAX_STATES, p -> { }, true);
            assertEquals(plain.properties().map(o -> o.verdict()), reduced.properties().map(o -> o.verdict()), c.label());
            assertEquals(plain.witnesses().map(o -> o.verdict()), reduced.witnesses().map(o -> o.verdict()), c.label());
            assertEquals(plain.ends(), reduced.ends(), c.label());
            assertTrue(reduced.statistics().states() < plain.statistics().states(), c.label());
            assertTrue(reduced.statistics().reductionFactor() > 1.0, c.label() + ": " + reduced.statistics().reductionFactor());
            // The orbits add up: every state of the plain graph is represented once.
            assertEquals(plain.statistics().states(), Math.round(reduced.statistics().states() * reduced.statistics().reductionFactor()), c.label());
        }
    }

    @Test
    void theRepresentativeIsTheSameForBothNamings() {
        Configuration c = VARIANTS.head();
        BystanderSymmetry sym = new BystanderSymmetry();
        TeardownState s = Teardown.initialStates(c).head();
        TeardownState oneActed = Teardown.successors(c, s).filter(x -> x.step().who().equals("bystander[0]")).head().next();
        TeardownState otherActed = Teardown.successors(c, s).filter(x -> x.step().who().equals("bystander[1]")).head().next();
        assertNotEquals(oneActed, otherActed);
        assertEquals(sym.canonical(oneActed), sym.canonical(otherActed));
        assertEquals(sym.canonical(oneActed), sym.canonical(sym.canonical(oneActed)));
        assertEquals(oneActed, BystanderSymmetry.swapped(BystanderSymmetry.swapped(oneActed)));
        assertEquals(2, sym.orbitSize(oneActed));
        assertEquals(1, sym.orbitSize(s), "both bystanders quiet: renaming changes nothing");
    }
}
