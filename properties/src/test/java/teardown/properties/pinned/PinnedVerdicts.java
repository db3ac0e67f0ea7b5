package teardown.properties.pinned;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;
import teardown.properties.VariantResult;

/**
 * The expected verdicts, written down by people and committed (resources under {@code pinned/}, one
 * pair of tables per {@link Table}), so that the tests do not take every expectation from the
 * checker they test, and a change in the model's behaviour shows up in the diff of the commit that
 * makes it. Rows are keyed by the variant's label and never by state numbers, which the engine may
 * change.
 */
public final class PinnedVerdicts {

    /** A pair of pinned tables and the variants they must cover. */
    public enum Table {
        /** the default matrix: what {@code ./teardown check} covers with no options */
        DEFAULT("pinned/verdicts.tsv", "pinned/golden-counts.tsv"),
        /** the hazard sweep: every default variant with each hazard that applies to its driver, alone */
        HAZARDS("pinned/hazard-verdicts.tsv", "pinned/hazard-counts.tsv");

        final String verdicts;
        final String counts;

        Table(String verdicts, String counts) {
            this.verdicts = verdicts;
            this.counts = counts;
        }

        public io.vavr.collection.List<teardown.model.Configuration> variants() {
            return this == DEFAULT ? DefaultVariants.all() : DefaultVariants.hazardSweep();
        }
    }

    /**
     * One pinned cell. {@code shortest} is the length of the shortest counterexample for a violated
     * safety property (breadth-first, so every engine finds the same length), and -1 otherwise: a
     * liveness lasso is not pinned, since its length depends on which cycle the search reports.
     */
    public record Cell(String variant, PropertyId property, Verdict verdict, int shortest, String reason) {

        String row() {
            return String.join("\t", variant, property.id(), verdict.id(), shortest < 0 ? "-" : String.valueOf(shortest),
                    reason.isEmpty() ? "-" : reason);
        }

        static Cell of(VariantResult r, Outcome<TeardownState, Step> o, PropertyId id, String reason) {
            int shortest = o.verdict() == Verdict.VIOLATED && !id.isLiveness() ? o.trace().get().length() : -1;
            return new Cell(r.configuration().label(), id, o.verdict(), shortest, o.verdict() == Verdict.VIOLATED ? reason : "");
        }
    }

    /** The golden size of one variant's explored graph and the ways its migration can end. */
    public record Counts(String variant, long states, long transitions, String ends) {

        String row() {
            return String.join("\t", variant, String.valueOf(states), String.valueOf(transitions), ends);
        }

        static Counts of(VariantResult r) {
            return new Counts(r.configuration().label(), r.statistics().states(), r.statistics().transitions(),
                    r.ends().map(e -> e.id()).mkString(","));
        }
    }

    private PinnedVerdicts() {
    }

    /** Pinned cells keyed by "variant property". */
    public static Map<String, Cell> verdicts(Table table) {
        return rows(table.verdicts).map(f -> new Cell(f.get(0), property(f.get(1)), verdict(f.get(2)),
                f.get(3).equals("-") ? -1 : Integer.parseInt(f.get(3)), f.get(4).equals("-") ? "" : f.get(4)))
                .map(c -> io.vavr.Tuple.of(key(c.variant(), c.property()), c))
                .transform(LinkedHashMap::ofEntries);
    }

    public static Map<String, Counts> counts(Table table) {
        return rows(table.counts).map(f -> new Counts(f.get(0), Long.parseLong(f.get(1)), Long.parseLong(f.get(2)), f.get(3)))
                .map(c -> io.vavr.Tuple.of(c.variant(), c))
                .transform(LinkedHashMap::ofEntries);
    }

    /** The pinned cell of one variant and property, if a table has it. */
    public static Option<Cell> cell(String variant, PropertyId property) {
        return List.of(Table.values()).flatMap(t -> verdicts(t).get(key(variant, property))).headOption();
    }

    static String key(String variant, PropertyId property) {
        return variant + " " + property.id();
    }

    private static PropertyId property(String id) {
        return List.of(PropertyId.values()).find(p -> p.id().equals(id))
                .getOrElseThrow(() -> new IllegalArgumentException("unknown property '" + id + "' in a pinned table"));
    }

    private static Verdict verdict(String id) {
        return List.of(Verdict.values()).find(v -> v.id().equals(id))
                .getOrElseThrow(() -> new IllegalArgumentException("unknown verdict '" + id + "' in a pinned table"));
    }

    /** The tab-separated fields of every line that is neither blank nor a # comment. */
    private static List<List<String>> rows(String resource) {
        InputStream in = PinnedVerdicts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return List.ofAll(r.lines().toList())
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> List.of(l.split("\t", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
