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
 * "restated-" and the built-in's id) gives the built-in's verdict on every variant of the pinned
 * table where the built-in applies, and a safety property's counterexample of the same length;
 * each restated witness is reached exactly where the built-in one is. The restatement is compared
 * with the built-in as judged in the same search, not with the table's cell: the table checks hold
 * the built-in to the pinned rows, so a model change that moves a pinned cell (and is re-pinned in
 * its own commit) is not reported twice, and the oracle keeps judging the language meanwhile.
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
            for (Assertion a : restatements) {
                String id = a.name().substring(PREFIX.length());
                Outcome<TeardownState, Step> mine = outcome(r.properties(), a.name());
                // The built-in as judged in this same search: the pinned cells hold it to the table, and this holds the restatement to it.
                Outcome<TeardownState, Step> builtIn = r.witnesses().find(o -> o.property().name().equals(id))
                        .getOrElse(() -> outcome(r.properties(), id));
                boolean safety = !a.isLiveness() && !a.isWitness();
                if (builtIn.verdict() == Verdict.INAPPLICABLE) {
                    continue;
                }
                compared++;
                if (builtIn.verdict() != mine.verdict() || (safety && shortest(builtIn) != shortest(mine))) {
                    differ = differ.append(r.configuration().label() + " " + a.name() + ": the built-in " + shown(builtIn, safety)
                            + ", restated " + shown(mine, safety));
                }
            }
        }
        assertTrue(differ.isEmpty(), "a restatement disagrees with its built-in: the language, or the restatement, is wrong:\n  "
                + differ.mkString("\n  "));
        assertTrue(compared > results.size() * 10, "compared only " + compared + " cells");
    }

    private static Outcome<TeardownState, Step> outcome(List<Outcome<TeardownState, Step>> outcomes, String name) {
        return outcomes.find(o -> o.property().name().equals(name)).getOrElseThrow(() -> new AssertionError(name + " was not judged"));
    }

    /** A safety counterexample's length (breadth-first, so the shortest); -1 otherwise. */
    private static int shortest(Outcome<TeardownState, Step> o) {
        return o.verdict() == Verdict.VIOLATED ? o.trace().get().length() : -1;
    }

    private static String shown(Outcome<TeardownState, Step> o, boolean safety) {
        return o.verdict().id() + (safety && o.verdict() == Verdict.VIOLATED ? " (" + shortest(o) + ")" : "");
    }
}
