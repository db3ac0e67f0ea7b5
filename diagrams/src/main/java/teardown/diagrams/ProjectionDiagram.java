package teardown.diagrams;

import io.vavr.collection.List;
import io.vavr.collection.Set;

/**
 * Draws actor projections: one on its own, or two side by side (say the unpatched and the
 * patched driver) where an edge found on one side only is drawn thick and coloured, so the
 * difference a patch makes is what the eye lands on.
 */
public final class ProjectionDiagram {

    static final String ONLY_LEFT = "#d62728";
    static final String ONLY_RIGHT = "#1f77b4";

    private ProjectionDiagram() {
    }

    public static Diagram single(String name, String title, ActorProjection p) {
        StringBuilder dot = new StringBuilder(Dot.header("digraph", title));
        dot.append("  rankdir=TB;\n");
        cluster(dot, "p", null, p, p.edges(), "black");
        return new Diagram(name, title, dot.append("}\n").toString());
    }

    public static Diagram sideBySide(String name, String title, String leftLabel, ActorProjection left,
                                     String rightLabel, ActorProjection right) {
        StringBuilder dot = new StringBuilder(Dot.header("digraph", title + "\n"
                + "thick red: only in " + leftLabel + "; thick blue: only in " + rightLabel));
        dot.append("  rankdir=TB;\n");
        cluster(dot, "l", leftLabel, left, right.edges(), ONLY_LEFT);
        cluster(dot, "r", rightLabel, right, left.edges(), ONLY_RIGHT);
        return new Diagram(name, title, dot.append("}\n").toString());
    }

    /** Node ids carry the side's prefix so the same phase on both sides stays two nodes. */
    private static void cluster(StringBuilder dot, String prefix, String label, ActorProjection p,
                                Set<ActorProjection.Edge> other, String diffColour) {
        List<String> phases = p.phases().toList();
        String indent = label == null ? "  " : "    ";
        if (label != null) {
            dot.append("  subgraph cluster_").append(prefix).append(" {\n")
                    .append("    label=").append(Dot.quote(label)).append("; fontsize=14;\n");
        }
        for (int i = 0; i < phases.size(); i++) {
            String phase = phases.get(i);
            dot.append(indent).append(prefix).append(i).append(" [shape=box, style=\"rounded")
                    .append(p.initialPhases().contains(phase) ? ",bold" : "").append("\", label=")
                    .append(Dot.quote(phase)).append("];\n");
        }
        for (ActorProjection.Edge e : p.edges()) {
            boolean differs = !other.contains(e);
            dot.append(indent).append(prefix).append(phases.indexOf(e.from())).append(" -> ")
                    .append(prefix).append(phases.indexOf(e.to()))
                    .append(" [label=").append(Dot.quote(Dot.wrap(e.actor() + ": " + e.step(), 34)))
                    .append(differs ? ", color=\"" + diffColour + "\", fontcolor=\"" + diffColour + "\", penwidth=2.5" : "")
                    .append("];\n");
        }
        if (label != null) {
            dot.append("  }\n");
        }
    }
}
