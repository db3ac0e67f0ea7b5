package teardown.properties.pinned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.Column;
import teardown.properties.PropertyId;
import teardown.properties.VariantResult;
import teardown.properties.Witness;
import teardown.properties.assertion.Assertion;
import teardown.properties.assertion.AssertionFile;

/**
 * The default matrix against its pinned tables; and, in the same sweep, the assertion language's
 * oracle: each built-in property restated in the language (examples/builtins.assert, named
 * "restated-" and the built-in's id) gives the pinned verdict on every cell where the built-in
 * applies, and a safety property's counterexample of the pinned length; each restated witness is
 * reached exactly where the built-in one is.
 */
class PinnedDefaultMatrixTest extends PinnedTableChecks {

    static final Path RESTATEMENTS = Path.of("..", "examples", "builtins.assert");
    private static final String PREFIX = "restated-";
    /** What the language cannot say: both judge the states where nothing can move. */
    private static final List<PropertyId> UNSAYABLE = List.of(PropertyId.NO_DEADLOCK, PropertyId.NO_LEFTOVERS);

    private final List<Assertion> restatements = restatements();

    PinnedDefaultMatrixTest() {
        super(PinnedVerdicts.Table.DEFAULT);
    }

    static List<Assertion> restatements() {
        try {
            return AssertionFile.lines(Files.readString(RESTATEMENTS)).map(l -> Assertion.parse(l.text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    List<Column> moreColumns() {
        return List.narrow(restatements);
    }

    @Override
    void checkMoreColumns(List<VariantResult> results) {
        List<String> restated = restatements.map(a -> a.name().substring(PREFIX.length()));
        assertEquals(PropertyId.all().removeAll(UNSAYABLE).map(PropertyId::id).appendAll(List.of(Witness.values()).map(Witness::id)).sorted(),
                restated.sorted(), "every built-in the language can say is restated, once, in " + RESTATEMENTS);
        List<String> differ = List.empty();
        int compared = 0;
        for (VariantResult r : results) {
            String variant = r.configuration().label();
            for (Assertion a : restatements) {
                String id = a.name().substring(PREFIX.length());
                Outcome<TeardownState, Step> mine = r.properties().find(o -> o.property().name().equals(a.name())).get();
                int shortest = mine.verdict() == Verdict.VIOLATED && !a.isLiveness() && !a.isWitness() ? mine.trace().get().length() : -1;
                Outcome<TeardownState, Step> witness = r.witnesses().find(o -> o.property().name().equals(id)).getOrNull();
                Verdict expected;
                int expectedShortest = -1;
                if (witness != null) {
                    expected = witness.verdict();
                } else {
                    PinnedVerdicts.Cell cell = PinnedVerdicts.verdicts(PinnedVerdicts.Table.DEFAULT)
                            .get(variant + " " + id).getOrElseThrow(() -> new AssertionError(variant + " " + id + " is not pinned"));
                    expected = cell.verdict();
                    expectedShortest = cell.shortest();
                }
                if (expected == Verdict.INAPPLICABLE) {
                    continue;
                }
                compared++;
                if (expected != mine.verdict() || (witness == null && expectedShortest != shortest)) {
                    differ = differ.append(variant + " " + a.name() + ": the built-in " + expected.id()
                            + (expectedShortest < 0 ? "" : " (" + expectedShortest + ")") + ", restated " + mine.verdict().id()
                            + (shortest < 0 ? "" : " (" + shortest + ")"));
                }
            }
        }
        assertTrue(differ.isEmpty(), "a restatement disagrees with its built-in: the language, or the restatement, is wrong:\n  "
                + differ.mkString("\n  "));
        assertTrue(compared > results.size() * 10, "compared only " + compared + " cells");
    }
}
