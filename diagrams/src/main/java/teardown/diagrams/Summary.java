package teardown.diagrams;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.Column;
import teardown.properties.VariantResult;

/**
 * The answer first: a few sentences, generated from the verdicts, that open the report and the
 * terminal output alike. Which variants hold everything; for each violated property how many
 * variants break it, which values of the matrix's dimensions explain them, and its shortest
 * counterexample; what holds everywhere; what does not apply, and why; and what the search could
 * not settle. Nothing here is
 * written by hand about a particular run. The sentences are built once, as {@link Line}s, and
 * rendered as HTML (with links) or as plain text.
 */
public final class Summary {

    /** What a line of the summary says: the kinds are the report's CSS classes. */
    public enum Kind { SCOPE, SAFE, VIOLATED, REACHED, BLAST_RADIUS, HOLDS, INAPPLICABLE, INCOMPLETE }

    /** One sentence of the summary; {@code property} names the property a VIOLATED or REACHED line is about. */
    public record Line(Kind kind, Option<Column> property, List<Segment> segments) {

        /** The sentence as plain text, variants by their labels. */
        public String text() {
            return segments.map(Segment::text).mkString();
        }

        String html() {
            return segments.map(Segment::html).mkString();
        }
    }

    /** A piece of a sentence: words, words in bold, a variant (linked to its page) or a property (linked to its definition). */
    public sealed interface Segment {

        String text();

        String html();

        record Words(String text) implements Segment {
            @Override
            public String html() {
                return Html.escape(text);
            }
        }

        record Bold(List<Segment> inner) implements Segment {
            @Override
            public String text() {
                return inner.map(Segment::text).mkString();
            }

            @Override
            public String html() {
                return "<b>" + inner.map(Segment::html).mkString() + "</b>";
            }
        }

        /** A variant, linked to its page, or to an anchor on it when {@code anchor} is not empty. */
        record Variant(Configuration configuration, String anchor) implements Segment {
            @Override
            public String text() {
                return configuration.label();
            }

            @Override
            public String html() {
                return "<a href=\"" + Html.escape(VariantPage.fileName(configuration)) + (anchor.isEmpty() ? "" : "#" + anchor) + "\">"
                        + Html.escape(configuration.label()) + "</a>";
            }
        }

        record Property(Column property) implements Segment {
            @Override
            public String text() {
                return property.id();
            }

            @Override
            public String html() {
                return column(property);
            }
        }
    }

    private Summary() {
    }

    /** The summary section of the report's front page. */
    static String render(List<VariantResult> results, List<? extends Column> properties) {
        List<Line> lines = lines(results, properties);
        StringBuilder out = new StringBuilder("<section id=\"summary\">\n<h2>What this run found</h2>\n<p>")
                .append(lines.head().html()).append("</p>\n<ul>\n");
        lines.tail().forEach(l -> out.append("<li class=\"").append(cssClass(l.kind())).append("\">").append(l.html()).append("</li>\n"));
        return out.append("</ul>\n</section>\n").toString();
    }

    private static String cssClass(Kind kind) {
        return kind == Kind.BLAST_RADIUS ? "violated" : kind.name().toLowerCase();
    }

    /**
     * The sentences in order: the scope, what holds everything, each violated property, where each
     * of a user's sometimes properties is reached, the blast radius, what holds everywhere, what is
     * incomplete. A sometimes property is a question, not a requirement: it never makes a variant unsafe.
     */
    public static List<Line> lines(List<VariantResult> results, List<? extends Column> columns) {
        List<Column> all = List.narrow(columns);
        List<Column> properties = all.reject(Column::isWitness);
        List<Line> lines = List.of(line(Kind.SCOPE, scope(results, all)));
        List<VariantResult> safe = results.filter(r -> properties.forAll(p -> holdsOrDoesNotApply(r, p)));
        String every = safe.exists(r -> properties.exists(p -> verdict(r, p) == Verdict.INAPPLICABLE))
                ? "every property that applies to them" : "every property";
        // A search cut short proves nothing holds, so then the sentence does not say "holds" at all.
        String none = results.exists(r -> properties.exists(p -> verdict(r, p) == Verdict.INCOMPLETE))
                ? "No variant is shown to hold every property." : "No variant holds every property.";
        lines = lines.append(line(Kind.SAFE, safe.isEmpty() ? List.of(bold(words(none)))
                : List.of(bold(words(count(safe.size(), results.size()) + " hold " + every + ":")), words(" "))
                .appendAll(variants(safe)).append(words("."))));
        for (Column p : properties) {
            List<VariantResult> violating = results.filter(r -> verdict(r, p) == Verdict.VIOLATED);
            if (!violating.isEmpty()) {
                lines = lines.append(new Line(Kind.VIOLATED, Option.some(p), violated(p, violating, results)));
            }
        }
        for (Column p : all.filter(Column::isWitness)) {
            lines = lines.append(new Line(Kind.REACHED, Option.some(p), reached(p, results.filter(r -> verdict(r, p) == Verdict.HOLDS), results)));
        }
        lines = lines.appendAll(blastRadius(results));
        List<Column> everywhere = properties.filter(p -> results.forAll(r -> holdsOrDoesNotApply(r, p))
                && results.exists(r -> verdict(r, p) == Verdict.HOLDS));
        if (!everywhere.isEmpty()) {
            lines = lines.append(line(Kind.HOLDS, List.<Segment>of(words("Hold in every variant" + (everywhere.exists(p -> results.exists(
                            r -> verdict(r, p) == Verdict.INAPPLICABLE)) ? " they apply to" : "") + ": "))
                    .appendAll(everywhere.<Segment>map(Segment.Property::new).intersperse(words(", "))).append(words("."))));
        }
        for (Column p : properties) {
            List<VariantResult> not = results.filter(r -> verdict(r, p) == Verdict.INAPPLICABLE);
            for (String why : not.headOption().flatMap(r -> p.inapplicable(r.configuration()))) {
                lines = lines.append(new Line(Kind.INAPPLICABLE, Option.some(p), List.of(new Segment.Property(p),
                        words(" does not apply to " + count(not.size(), results.size()) + ": " + why.replaceFirst("^" + p.id() + ":? ", "") + "."))));
            }
        }
        int incomplete = results.map(r -> all.count(p -> verdict(r, p) == Verdict.INCOMPLETE)).sum().intValue();
        if (incomplete > 0) {
            lines = lines.append(line(Kind.INCOMPLETE, List.of(bold(words(incomplete + " verdict(s) incomplete:")),
                    words(" the search stopped early (its state limit, or the heap), so they are neither proven nor refuted;"
                            + " rerun with a larger --max-states."))));
        }
        return lines;
    }

    private static Line line(Kind kind, List<Segment> segments) {
        return new Line(kind, Option.none(), segments);
    }

    /**
     * With several devices or bystander guests: in how many variants one stuck xenwatch callback
     * holds up the guest's other devices or other guests, with the first as an example.
     */
    private static Option<Line> blastRadius(List<VariantResult> results) {
        List<io.vavr.Tuple2<VariantResult, String>> held = results
                .filter(r -> r.configuration().devices() > 1 || r.configuration().bystanders() > 0)
                .flatMap(r -> teardown.properties.BlastRadius.of(r).map(t -> io.vavr.Tuple.of(r, t)));
        if (held.isEmpty()) {
            return Option.none();
        }
        VariantResult r = held.head()._1;
        return Option.some(line(Kind.BLAST_RADIUS, List.<Segment>of(bold(words("Blast radius:")), words(" in "
                        + count(held.size(), results.size()) + " one stuck xenwatch callback holds up the guest's other devices or other guests ("))
                .appendAll(variants(held.map(h -> h._1))).append(words("). In "))
                .append(new Segment.Variant(r.configuration(), "")).append(words(": " + held.head()._2 + "."))));
    }

    /** "24 variants (4 drivers × 2 toolstacks × 3 disks) against 6 properties, 2 requests outstanding at suspend." */
    private static List<Segment> scope(List<VariantResult> results, List<Column> properties) {
        List<String> axes = MatrixDimension.ALL.map(d -> results.map(r -> d.of(r.configuration())).distinct().size() + " " + d.id() + (d.id().endsWith("s") ? "" : "s"))
                .filter(a -> !a.startsWith("1 "));
        return List.of(words("Checked " + results.size() + " variant(s)" + (axes.isEmpty() ? "" : " (" + axes.mkString(" × ") + ")")
                + " against " + properties.size() + " propert" + (properties.size() == 1 ? "y" : "ies") + ", with "
                + results.map(r -> String.valueOf(r.configuration().requests())).distinct().mkString(" or ")
                + " request(s) outstanding at the final suspend."));
    }

    private static List<Segment> violated(Column p, List<VariantResult> violating, List<VariantResult> results) {
        List<Segment> s = List.of(bold(new Segment.Property(p)), words(" is violated by " + count(violating.size(), results.size())));
        for (List<Segment> e : explanation(violating, results)) {
            s = s.append(words(": ")).appendAll(e);
        }
        return s.appendAll(shortest(p, violating, "counterexample")).append(words("."));
    }

    /** Where a user's sometimes property is reached: which variants, and its shortest example. */
    private static List<Segment> reached(Column p, List<VariantResult> reaching, List<VariantResult> results) {
        if (reaching.isEmpty()) {
            return List.of(bold(new Segment.Property(p)), words(" (sometimes) is reached in no variant"
                    + (results.exists(r -> verdict(r, p) == Verdict.INCOMPLETE) ? " whose search finished." : ".")));
        }
        List<Segment> s = List.of(bold(new Segment.Property(p)), words(" (sometimes) is reached in " + count(reaching.size(), results.size())));
        for (List<Segment> e : explanation(reaching, results)) {
            s = s.append(words(": ")).appendAll(e);
        }
        return s.appendAll(shortest(p, reaching, "example")).append(words("."));
    }

    /** "; shortest counterexample 4 steps, in VARIANT", linked to the trace on its page. */
    private static List<Segment> shortest(Column p, List<VariantResult> among, String what) {
        Option<VariantResult> shortest = among.filter(r -> outcome(r, p).exists(o -> o.trace().isDefined()))
                .minBy(r -> outcome(r, p).get().trace().get().length());
        return shortest.toList().flatMap(r -> {
            int length = outcome(r, p).get().trace().get().length();
            return List.of(words("; shortest " + what + " " + length + " step" + (length == 1 ? "" : "s") + ", in "),
                    new Segment.Variant(r.configuration(), p.id()));
        });
    }

    /**
     * The values of one dimension, or of two together, that pick out exactly the violating rows
     * ("the variants with driver stock or patched and disk hung"); when most rows violate, the few
     * that do not; else nothing.
     */
    static Option<List<Segment>> explanation(List<VariantResult> violating, List<VariantResult> results) {
        if (violating.size() == results.size()) {
            return Option.some(List.of(words("every variant")));
        }
        List<MatrixDimension> dims = MatrixDimension.ALL;
        List<List<MatrixDimension>> choices = dims.map(List::of)
                .appendAll(dims.zipWithIndex().flatMap(a -> dims.drop(a._2 + 1).map(b -> List.of(a._1, b))));
        for (List<MatrixDimension> choice : choices) {
            List<Set<String>> values = choice.map(d -> violating.map(r -> d.of(r.configuration())).toLinkedSet());
            boolean exact = results.forAll(r -> choice.zip(values).forAll(dv -> dv._2.contains(dv._1.of(r.configuration())))
                    == violating.contains(r));
            if (exact) {
                return Option.some(List.of(words("exactly the variants with " + choice.zip(values)
                        .map(dv -> dv._1.id() + " " + dv._2.mkString(" or ")).mkString(" and "))));
            }
        }
        List<VariantResult> rest = results.removeAll(violating);
        return rest.size() <= 3 ? Option.some(List.of(words("every variant but ")).appendAll(variants(rest))) : Option.none();
    }

    private static String count(int n, int of) {
        return n + " of " + of + " variant" + (of == 1 ? "" : "s");
    }

    private static List<Segment> variants(List<VariantResult> rs) {
        return rs.<Segment>map(r -> new Segment.Variant(r.configuration(), "")).intersperse(words(", "));
    }

    private static Segment words(String text) {
        return new Segment.Words(text);
    }

    private static Segment bold(Segment inner) {
        return new Segment.Bold(List.of(inner));
    }

    static String column(Column p) {
        return "<a href=\"#" + IndexPage.definition(p) + "\">" + p.id() + "</a>";
    }

    static Option<Outcome<TeardownState, Step>> outcome(VariantResult r, Column p) {
        return r.properties().find(o -> o.property().name().equals(p.id()));
    }

    private static boolean holdsOrDoesNotApply(VariantResult r, Column p) {
        return verdict(r, p) == Verdict.HOLDS || verdict(r, p) == Verdict.INAPPLICABLE;
    }

    static Verdict verdict(VariantResult r, Column p) {
        return outcome(r, p).map(Outcome::verdict).getOrElse(Verdict.INCOMPLETE);
    }
}
