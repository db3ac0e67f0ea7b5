package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.properties.VariantResult;

/**
 * The key set draws fewer diagrams than the full one, yet every counterexample still shows a
 * sequence diagram with its own steps, and a variant page never points at a picture that was not drawn.
 */
class DiagramScopeTest {

    private static List<VariantResult> results;
    private static ReportDiagrams.Plan key;
    private static ReportDiagrams.Plan all;

    @BeforeAll
    static void plan() {
        results = List.of(Fixtures.check(Driver.UNPATCHED, Disk.HEALTHY), Fixtures.check(Driver.UNPATCHED, Disk.SLOW),
                Fixtures.check(Driver.PATCHED, Disk.HEALTHY), Fixtures.check(Driver.PATCHED, Disk.SLOW));
        key = ReportDiagrams.of(results, ReportDiagrams.Scope.KEY);
        all = ReportDiagrams.of(results, ReportDiagrams.Scope.ALL);
    }

    @Test
    void theFullSetIsEveryDiagramOnce() {
        assertEquals(ReportDiagrams.of(results).map(Diagram::name), all.drawn().map(Diagram::name));
        assertEquals(all.drawn().size(), all.drawn().map(Diagram::name).distinct().size());
        assertTrue(all.drawn().forAll(d -> all.figure(d.name()).contains(d)));
    }

    @Test
    void theKeySetIsASmallerSubsetWithoutStateGraphs() {
        assertTrue(key.drawn().size() < all.drawn().size(), key.drawn().size() + " < " + all.drawn().size());
        assertTrue(all.drawn().containsAll(key.drawn()));
        assertFalse(key.drawn().exists(d -> d.name().endsWith("/states")));
        assertEquals(key.drawn().size(), key.drawn().map(Diagram::name).distinct().size());
    }

    @Test
    void aCounterexampleShowsADiagramOnlyOfItsOwnSteps() {
        for (VariantResult r : results) {
            for (var o : ReportDiagrams.violations(r)) {
                Diagram own = ReportDiagrams.sequence(r.configuration(), o);
                key.figure(own.name()).forEach(shown -> {
                    assertTrue(shown.name().endsWith("/sequence-" + o.property().name()), shown.name());
                    assertEquals(steps(own), steps(shown), own.name() + " shows " + shown.name());
                });
            }
        }
        // The slow disk's counterexamples repeat the healthy disk's steps, so sharing actually happens.
        assertTrue(key.shown().exists(e -> !e._1.equals(e._2.name())), "some variant shows another's identical trace");
    }

    @Test
    void theShortestCounterexamplePerPropertyAndDriverIsDrawn() {
        var violations = results.flatMap(r -> ReportDiagrams.violations(r).map(o -> io.vavr.Tuple.of(r, o)));
        for (var group : violations.groupBy(v -> v._2.property().name() + " " + v._1.configuration().driver()).values()) {
            var shortest = group.minBy(v -> v._2.trace().get().length()).get();
            Diagram d = ReportDiagrams.sequence(shortest._1.configuration(), shortest._2);
            assertTrue(key.drawn().contains(d), d.name() + " is drawn");
        }
    }

    @Test
    void whatIsShownIsDrawn() {
        assertTrue(key.shown().values().forAll(key.drawn()::contains));
    }

    @Test
    void renderingSharesSplitTheBatchWithoutLosingOrRepeatingADiagram() {
        List<List<Diagram>> shares = Renderer.shares(all.drawn(), 2);
        assertEquals(2, shares.size());
        assertEquals(all.drawn().map(Diagram::name).sorted(), shares.flatMap(s -> s).map(Diagram::name).sorted());
        assertEquals(1, Renderer.shares(all.drawn().take(1), 2).size(), "one diagram, one share");
        assertEquals(1, Renderer.threads(5), "a small batch is not worth a second engine");
    }

    /** The DOT text without the title line: what the steps look like. */
    private static String steps(Diagram d) {
        return d.dot().replace(d.title(), "");
    }
}
