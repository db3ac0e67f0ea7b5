package teardown.properties.pinned;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.junit.jupiter.api.Test;
import teardown.checker.Verdict;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * The checker's verdicts, counts and shortest counterexamples for every default variant, and for
 * the hazard sweep, compared with the pinned tables. A missing variant fails with the exact rows to add; a differing cell
 * fails with both values, so whoever changed the model says in the table why the answer moved.
 */
abstract class PinnedTableChecks {

    private final PinnedVerdicts.Table table;
    private List<VariantResult> results;

    PinnedTableChecks(PinnedVerdicts.Table table) {
        this.table = table;
    }

    /**
     * One test, so the variants are checked once per run (a mutation tester runs each test method
     * on its own); each check below reports on its own through assertAll.
     */
    @Test
    void theCheckerMatchesThePinnedTables() {
        List<teardown.properties.Column> columns = List.<teardown.properties.Column>narrow(PropertyId.all()).appendAll(moreColumns());
        results = table.variants().map(c -> VariantCheck.run(c, columns, VariantCheck.DEFAULT_MAX_STATES, p -> { }).withoutGraph());
        assertAll(this::everyVariantIsPinned, this::everyVerdictAndShortestCounterexampleIsAsPinned,
                this::goldenCountsAreAsPinned, this::everyViolatedCellSaysWhyAndOnlyThoseDo, this::theTableHoldsNoStaleVariants,
                () -> checkMoreColumns(results));
    }

    /** Columns judged in the same search, after the built-in properties: one sweep serves the table and them. */
    List<teardown.properties.Column> moreColumns() {
        return List.empty();
    }

    /** What to check of {@link #moreColumns}, given every variant's result. */
    void checkMoreColumns(List<VariantResult> results) {
    }

    private void everyVariantIsPinned() {
        Map<String, PinnedVerdicts.Cell> pinned = PinnedVerdicts.verdicts(table);
        Map<String, PinnedVerdicts.Counts> counts = PinnedVerdicts.counts(table);
        List<String> missingVerdicts = results.flatMap(r -> PropertyId.all()
                .filter(p -> !pinned.containsKey(PinnedVerdicts.key(r.configuration().label(), p)))
                .map(p -> PinnedVerdicts.Cell.of(r, r.properties().get(PropertyId.all().indexOf(p)), p,
                        "TODO: one line saying why").row()));
        List<String> missingCounts = results.filter(r -> !counts.containsKey(r.configuration().label()))
                .map(r -> PinnedVerdicts.Counts.of(r).row());
        if (!missingVerdicts.isEmpty() || !missingCounts.isEmpty()) {
            fail("variants missing from the pinned tables; check these rows by hand, give each violated cell its reason, then add them\n"
                    + (missingVerdicts.isEmpty() ? "" : "to properties/src/test/resources/" + table.verdicts + ":\n"
                    + missingVerdicts.mkString("\n") + "\n")
                    + (missingCounts.isEmpty() ? "" : "to properties/src/test/resources/" + table.counts + ":\n"
                    + missingCounts.mkString("\n") + "\n"));
        }
    }

    private void everyVerdictAndShortestCounterexampleIsAsPinned() {
        List<String> differ = List.empty();
        for (VariantResult r : results) {
            for (PropertyId p : PropertyId.all()) {
                var found = PinnedVerdicts.Cell.of(r, r.properties().get(PropertyId.all().indexOf(p)), p, "");
                var expected = PinnedVerdicts.verdicts(table).get(PinnedVerdicts.key(found.variant(), p));
                if (expected.isDefined() && (expected.get().verdict() != found.verdict() || expected.get().shortest() != found.shortest())) {
                    differ = differ.append(found.variant() + " " + p.id() + ": pinned " + expected.get().verdict().id()
                            + " (" + expected.get().shortest() + "), checker " + found.verdict().id() + " (" + found.shortest() + ")");
                }
            }
        }
        assertTrue(differ.isEmpty(), "the model's answers moved; if that is intended, update the pinned rows:\n  " + differ.mkString("\n  "));
    }

    private void goldenCountsAreAsPinned() {
        List<String> differ = results.map(PinnedVerdicts.Counts::of)
                .filter(c -> PinnedVerdicts.counts(table).get(c.variant()).exists(p -> !p.equals(c)))
                .map(c -> "pinned " + PinnedVerdicts.counts(table).get(c.variant()).get().row() + "\n    now " + c.row());
        assertTrue(differ.isEmpty(), "the explored graphs changed size; if that is intended, update the pinned rows:\n  "
                + differ.mkString("\n  "));
    }

    private void everyViolatedCellSaysWhyAndOnlyThoseDo() {
        for (PinnedVerdicts.Cell c : PinnedVerdicts.verdicts(table).values()) {
            boolean violated = c.verdict() == Verdict.VIOLATED;
            assertEquals(violated, !c.reason().isEmpty(), c.variant() + " " + c.property().id() + ": a reason belongs to violated cells");
            assertTrue(!c.reason().startsWith("TODO"), c.variant() + " " + c.property().id() + ": the reason is still a TODO");
            assertTrue(c.verdict() != Verdict.INCOMPLETE, c.variant() + ": a pinned verdict is never incomplete");
        }
    }

    private void theTableHoldsNoStaleVariants() {
        List<String> labels = results.map(r -> r.configuration().label());
        assertEquals(List.empty(), PinnedVerdicts.counts(table).keySet().toList().filter(v -> !labels.contains(v)),
                "pinned rows for variants this table no longer covers");
    }
}
