package teardown.properties.schedule;

import io.vavr.control.Option;
import teardown.checker.Path;
import teardown.checker.Property;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;
import teardown.properties.TeardownProperties;

/**
 * The properties of docs/model/properties.md#properties judged on one played interleaving. Invariants reuse the
 * checker's own predicates, checked at every state. A finite run cannot show a lasso, so the two
 * liveness properties are judged in their "stuck" form only: a run that stops with xenwatch
 * blocked (or with the migration unfinished). Such a run is also a checker counterexample, but
 * the checker can find violations (cycles) this form never sees.
 */
public final class ScheduleProperty {

    private ScheduleProperty() {
    }

    /** The shortest prefix of the run that shows {@code id} violated, if the run violates it. */
    public static Option<Path<TeardownState, Step>> violation(PropertyId id, Configuration c, Interleaving run) {
        if (id.inapplicable(c).isDefined()) {
            return Option.none();
        }
        Property<TeardownState, Step> property = TeardownProperties.of(id, c);
        if (property instanceof Property.Always<TeardownState, Step> always) {
            int bad = run.path().states().indexWhere(always.invariant().negate());
            return bad < 0 ? Option.none() : Option.some(prefix(run.path(), bad));
        }
        return run.stopped() && stuckBadly(id, c, run.path().last()) ? Option.some(run.path()) : Option.none();
    }

    /**
     * A state with no enabled step that violates {@code id}: an illegitimate end (no-deadlock),
     * xenwatch inside a callback or with queued events (xenwatch-progress),
     * another guest's event still queued (bystanders-progress), the migration not
     * ended correctly (migration-completes), a removed device not released (no-leak), a guest still
     * waiting for an answer (no-request-lost), a device left in xenstore (no-leftovers). Always
     * false for invariants, which need no end.
     */
    public static boolean stuckBadly(PropertyId id, Configuration c, TeardownState end) {
        return switch (id) {
            case NO_DEADLOCK -> !TeardownProperties.legitimateEnd(c, end);
            case XENWATCH_PROGRESS -> xenwatchBlocked(end);
            case BYSTANDERS_PROGRESS -> TeardownProperties.othersWaiting(end);
            case MIGRATION_COMPLETES -> !TeardownProperties.correctEnd(c, end);
            case NO_LEAK -> !end.faulted() && end.someVbd(v -> v.removes() > 0 && !v.released());
            case NO_REQUEST_LOST -> !end.faulted() && TeardownProperties.guestWaits(end);
            case NO_LEFTOVERS -> TeardownProperties.finished(end) && !end.everyVbd(TeardownProperties::leftNothing);
            case SOURCE_RESUMES -> end.toolstack().aborted() && !TeardownProperties.sourceServed(end);
            case NO_VANISH_BEFORE_IO_DONE, NO_UNLEASH_BEFORE_IO_DONE, NO_USE_AFTER_FREE, CLOSED_MEANS_DRAINED, NO_LOST_UPDATE,
                 WATCH_QUEUE_BOUNDED -> false;
        };
    }

    public static boolean xenwatchBlocked(TeardownState s) {
        return s.xenwatch().inCallback() || !s.xenwatch().queue().isEmpty();
    }

    private static Path<TeardownState, Step> prefix(Path<TeardownState, Step> path, int steps) {
        return Path.of(path.initial(), path.steps().take(steps));
    }
}
