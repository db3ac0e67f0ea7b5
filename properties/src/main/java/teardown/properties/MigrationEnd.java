package teardown.properties;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import teardown.checker.StateGraph;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * How a run of the migration can end, read off the states where nothing can move any more.
 * Only the proposed toolstack and a FreeBSD guest's cancelled suspend can abort; the other
 * toolstacks' bounded waits carry on instead.
 * See docs/model/properties.md#ends.
 */
public enum MigrationEnd {
    TARGET_RUNS("the target runs after xend saw every device gone"),
    TARGET_RUNS_AFTER_TIMEOUT("the target runs after the toolstack's bounded wait gave up and carried on"),
    ABORTED("a clean, visible abort: the toolstack (or the guest's cancelled suspend) failed the migration and the target never ran"),
    NEVER_FINISHES("the migration never finishes: nothing can move and the target does not run");

    private final String description;

    MigrationEnd(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public String description() {
        return description;
    }

    static MigrationEnd of(TeardownState s) {
        return s.migrationAborted() ? ABORTED : !s.migrationFinished() ? NEVER_FINISHES
                : s.toolstack().timedOut() ? TARGET_RUNS_AFTER_TIMEOUT : TARGET_RUNS;
    }

    /** The ends reachable in an explored graph (its expanded states with no step enabled). */
    static Set<MigrationEnd> reachable(StateGraph<TeardownState, Step> graph) {
        Set<MigrationEnd> ends = TreeSet.empty();
        for (int id = 0; id < graph.size(); id++) {
            if (graph.isExpanded(id) && graph.edges(id).isEmpty()) {
                ends = ends.add(of(graph.state(id)));
            }
        }
        return ends;
    }
}
