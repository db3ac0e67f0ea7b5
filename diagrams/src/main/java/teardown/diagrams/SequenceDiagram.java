package teardown.diagrams;

import io.vavr.collection.List;
import teardown.checker.Path;
import teardown.model.Actor;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * A counterexample as a sequence diagram: one lane per actor, time running down. Row 0 holds the
 * lane heads; row i holds step i, drawn as a box in its actor's lane. The segment of a lane between
 * two rows is dashed and labelled while the actor waits in that state (the disk's is thick while
 * requests are in flight). The last step (the one that enters the violating state) is marked
 * decisive; a lasso gets an edge from its last step back to the first step of its cycle; a trace
 * that just stops ends in a "stuck forever" note.
 */
public final class SequenceDiagram {

    /** The lanes every teardown has, in the order a reader follows the story. */
    static final List<Actor> CORE_LANES = List.of(Actor.XENWATCH, Actor.XENBLKD, Actor.DISK, Actor.UDEV,
            Actor.TOOLSTACK, Actor.TARGET);

    static final String DECISIVE = "#d62728";
    static final String LOOP = "#1f77b4";

    private SequenceDiagram() {
    }

    /** The core lanes, plus any other actor that takes a step in this path, in {@link Actor} order. */
    public static List<Actor> lanes(Path<TeardownState, Step> path) {
        List<Actor> extra = path.steps().map(t -> t.step().actor()).distinct().removeAll(CORE_LANES);
        return List.of(Actor.values()).filter(a -> CORE_LANES.contains(a) || extra.contains(a));
    }

    /** {@code stuckAtEnd}: the path is a liveness counterexample that ends where nothing fair can move. */
    public static Diagram of(String name, String title, Path<TeardownState, Step> path, boolean stuckAtEnd) {
        List<Actor> lanes = lanes(path);
        List<TeardownState> states = path.states();
        int rows = path.length() + 1;
        StringBuilder dot = new StringBuilder(Dot.header("digraph", title));
        dot.append("  rankdir=TB; nodesep=0.25; ranksep=0.18; splines=true;\n");
        dot.append("  node [shape=point, width=0.05, height=0.05];\n");
        // Row 0: lane heads; rows 1..n: one node per lane, a box where that lane's actor stepped.
        for (int row = 0; row < rows; row++) {
            dot.append("  { rank=same; t").append(row).append(" [shape=plaintext, label=")
                    .append(Dot.quote(row == 0 ? "" : String.valueOf(row))).append("];");
            for (int lane = 0; lane < lanes.size(); lane++) {
                dot.append(' ').append(node(lane, row)).append(cell(path, lanes.get(lane), row, rows)).append(';');
            }
            dot.append(" }\n");
            // Invisible edges hold the lanes in their left-to-right order on every row.
            dot.append("  t").append(row);
            for (int lane = 0; lane < lanes.size(); lane++) {
                dot.append(" -> ").append(node(lane, row));
            }
            dot.append(" [style=invis];\n");
        }
        for (int row = 0; row + 1 < rows; row++) {
            dot.append("  t").append(row).append(" -> t").append(row + 1).append(" [style=invis, weight=100];\n");
            for (int lane = 0; lane < lanes.size(); lane++) {
                dot.append("  ").append(node(lane, row)).append(" -> ").append(node(lane, row + 1))
                        .append(segment(lanes.get(lane), states, row)).append(";\n");
            }
        }
        // A cycle from state k repeats steps k+1 .. n; a path with no steps has nothing to loop over.
        path.cycleStart().filter(k -> rows > 1).forEach(k -> dot.append("  ").append(stepNode(path, rows - 1)).append(" -> ")
                .append(stepNode(path, Math.min(k + 1, rows - 1))).append(" [constraint=false, color=\"").append(LOOP)
                .append("\", fontcolor=\"").append(LOOP).append("\", penwidth=2, style=bold, label=")
                .append(Dot.quote("loop: back to state " + k + ",\nrepeats forever")).append("];\n"));
        if (stuckAtEnd && path.cycleStart().isEmpty()) {
            dot.append("  stuck [shape=note, style=filled, fillcolor=\"#fff3cd\", label=")
                    .append(Dot.quote("stuck here forever:\nno fair actor can move")).append("];\n");
            dot.append("  ").append(node(0, rows - 1)).append(" -> stuck [style=dotted, arrowhead=none];\n");
        }
        return new Diagram(name, title, dot.append("}\n").toString());
    }

    /** The decisive step: the last one, which enters the violating state. */
    public static int decisiveRow(Path<TeardownState, Step> path) {
        return path.length();
    }

    static String node(int lane, int row) {
        return "l" + lane + "r" + row;
    }

    private static String stepNode(Path<TeardownState, Step> path, int row) {
        List<Actor> lanes = lanes(path);
        return node(lanes.indexOf(path.steps().get(row - 1).step().actor()), row);
    }

    private static String cell(Path<TeardownState, Step> path, Actor actor, int row, int rows) {
        if (row == 0) {
            return " [shape=box, style=\"filled,bold\", fillcolor=\"#e8e8e8\", label=" + Dot.quote(actor.id()) + "]";
        }
        Step step = path.steps().get(row - 1).step();
        if (step.actor() != actor) {
            return "";
        }
        boolean decisive = row == rows - 1;
        String label = Dot.wrap(step.name(), 30) + (decisive ? "\n(decisive step)" : "");
        return " [shape=box, style=\"rounded,filled" + (decisive ? ",bold" : "") + "\", fillcolor=\""
                + (decisive ? "#fde0dd" : "#ffffff") + "\"" + (decisive ? ", color=\"" + DECISIVE + "\", penwidth=2.5" : "")
                + ", tooltip=" + Dot.quote(step.source()) + ", label=" + Dot.quote(label) + "]";
    }

    /** Requests in flight on every device together: the disk lane draws them all. */
    private static int inFlight(TeardownState s) {
        return s.views().map(v -> v.requests().inFlight()).sum().intValue();
    }

    /**
     * The lane segment spent in state {@code row}: dashed while waiting, labelled where a wait
     * begins; the disk's lane is thick while it holds requests, the I/O the properties are about.
     */
    private static String segment(Actor actor, List<TeardownState> states, int row) {
        if (actor == Actor.DISK) {
            int inFlight = inFlight(states.get(row));
            boolean changed = row == 0 || inFlight(states.get(row - 1)) != inFlight;
            return inFlight == 0 ? " [arrowhead=none, weight=100]"
                    : " [arrowhead=none, weight=100, penwidth=4, color=\"#555555\""
                    + (changed ? ", fontcolor=\"#555555\", label=" + Dot.quote(inFlight + " in flight") : "") + "]";
        }
        var wait = Waits.of(actor, states.get(row));
        if (wait.isEmpty()) {
            return " [arrowhead=none, weight=100]";
        }
        boolean begins = row == 0 || !Waits.of(actor, states.get(row - 1)).equals(wait);
        return " [arrowhead=none, weight=100, style=dashed, color=\"#888888\""
                + (begins ? ", fontcolor=\"#555555\", label=" + Dot.quote(Dot.wrap("waits: " + wait.get(), 22)) : "") + "]";
    }
}
