package teardown.cli;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.checker.Property;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.Blockage;
import teardown.properties.TraceText;

/**
 * What {@code explain} says of a user's own properties, under each configuration's answer: holds,
 * or violated with its trace; for a sometimes property, reached with its example, or never reached.
 */
final class AssertionText {

    private static final String INDENT = "            ";

    private AssertionText() {
    }

    /**
     * @param full       the full trace with every changed field ({@code --traces}), not just the steps
     * @param whyUnknown what follows "unknown" for a search that did not settle
     */
    static String explain(Configuration c, List<Outcome<TeardownState, Step>> outcomes, boolean full, String whyUnknown) {
        StringBuilder out = new StringBuilder();
        for (Outcome<TeardownState, Step> o : outcomes) {
            String name = o.property().name();
            boolean sometimes = o.property() instanceof Property.Sometimes;
            String said = switch (o.verdict()) {
                case HOLDS -> sometimes ? "reached" : "holds";
                case VIOLATED -> sometimes ? "never reached" : "VIOLATED";
                case INAPPLICABLE -> "does not apply";
                case INCOMPLETE -> "unknown: " + whyUnknown;
            };
            out.append(INDENT).append(name).append(": ").append(said);
            o.trace().forEach(p -> out.append(" (").append(p.length()).append(p.length() == 1 ? " step" : " steps")
                    .append(p.cycleStart().map(k -> ", a lasso from state " + k).getOrElse("")).append(")"));
            out.append(o.verdict() == Verdict.INCOMPLETE ? "" : ".").append(System.lineSeparator());
            o.trace().forEach(p -> {
                if (full) {
                    out.append(TraceText.render(p));
                } else {
                    TraceText.stepLines(p).forEach(l -> out.append(INDENT).append("  ").append(l).append(System.lineSeparator()));
                }
                if (o.property() instanceof Property.LeadsTo && p.cycleStart().isEmpty()) {
                    out.append(INDENT).append("  stuck here for ever: ").append(Blockage.describe(c, p.last())).append(System.lineSeparator());
                }
            });
        }
        return out.toString();
    }
}
