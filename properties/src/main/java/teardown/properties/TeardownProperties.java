package teardown.properties;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import teardown.checker.Property;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;

/** docs/model/properties.md#properties, written as checker properties over one configuration's states. */
public final class TeardownProperties {

    private TeardownProperties() {
    }

    public static Property<TeardownState, Step> of(PropertyId id, Configuration c) {
        return switch (id) {
            // A use after free ends the run where the kernel oopses; no-use-after-free reports it, once.
            case NO_LEAK -> Property.leadsTo(id.id(), s -> s.someVbd(v -> v.removes() > 0 && !v.released()),
                    s -> s.faulted() || s.everyVbd(v -> v.removes() == 0 || v.released()), Step::who, fairActors(c));
            case NO_REQUEST_LOST -> Property.leadsTo(id.id(), TeardownProperties::guestWaits, s -> s.faulted() || !guestWaits(s),
                    Step::who, fairActors(c));
            case WATCH_QUEUE_BOUNDED -> Property.always(id.id(), s -> s.xenwatch().queue().size() <= c.watchQueueBound());
            case NO_LEFTOVERS -> Property.noDeadlock(id.id(), s -> !finished(s) || s.everyVbd(TeardownProperties::leftNothing));
            case NO_VANISH_BEFORE_IO_DONE -> Property.always(id.id(), s -> s.everyVbd(v -> !v.evidenceSaysGone() || v.ioDone(c.driver())));
            case NO_UNLEASH_BEFORE_IO_DONE -> Property.always(id.id(),
                    s -> s.target() != teardown.model.toolstack.Target.RUNNING || s.ioDone(c.driver()));
            case CLOSED_MEANS_DRAINED -> Property.always(id.id(), s -> s.everyVbd(v -> !v.backendClosed() || v.ioDone(c.driver())));
            case NO_LOST_UPDATE -> Property.always(id.id(), s -> s.everyVbd(v -> !v.history().lostUpdate()));
            case NO_USE_AFTER_FREE -> Property.always(id.id(), s -> !s.faulted());
            case NO_DEADLOCK -> Property.noDeadlock(id.id(), s -> legitimateEnd(c, s));
            case XENWATCH_PROGRESS -> Property.leadsTo(id.id(),
                    s -> s.xenwatch().inCallback() || !s.xenwatch().queue().isEmpty(),
                    s -> !s.xenwatch().inCallback() && s.xenwatch().queue().isEmpty(),
                    Step::who, fairActors(c));
            case BYSTANDERS_PROGRESS -> Property.leadsTo(id.id(), s -> othersWaiting(s), s -> !othersWaiting(s),
                    Step::who, fairActors(c));
            case MIGRATION_COMPLETES -> Property.leadsTo(id.id(), s -> true, s -> correctEnd(c, s),
                    Step::who, fairActors(c));
            case SOURCE_RESUMES -> Property.leadsTo(id.id(), s -> s.toolstack().aborted(), TeardownProperties::sourceServed,
                    Step::who, fairActors(c));
        };
    }

    public static Property<TeardownState, Step> of(Witness w) {
        return Property.sometimes(w.id(), w.predicate());
    }

    /**
     * The guest waits for an answer: it is alive here (running, or suspended for a migration whose
     * target has not taken over) and has a request outstanding on some ring. A destroyed guest, or
     * one whose target runs and re-issued its requests, waits for nothing.
     */
    public static boolean guestWaits(TeardownState s) {
        return !s.guest().gone() && s.target() != teardown.model.toolstack.Target.RUNNING && s.someVbd(v -> v.outstanding() > 0);
    }

    /** The toolstack finished without reporting a failure, and everything it set off has settled. */
    public static boolean finished(TeardownState s) {
        return s.settled() && !s.toolstack().aborted() && !s.faulted();
    }

    /** No xenstore directory of the device is left, and none was re-created after its removal. */
    public static boolean leftNothing(teardown.model.Vbd v) {
        return !v.visibility().backendDir() && !v.visibility().frontendDir() && !v.visibility().recreated();
    }

    /**
     * How a migration may correctly end (docs/model/todays-stacks.md): the target runs and it did not start
     * before the source's I/O was done; or, where the disk does not complete in time (slow, hung,
     * dead), a clean, visible abort after which the source runs again with its disks. A silent
     * hang, an unsafe unleash and an abort that leaves the source without its disk are not.
     */
    public static boolean correctEnd(Configuration c, TeardownState s) {
        return (s.migrationFinished() && s.everyVbd(v -> !v.history().ranBeforeSourceIoDone()))
                || (s.migrationAborted() && !c.allHealthy() && s.sourceResumed());
    }

    /** The source runs again after an abort, its disks served and nothing it issued left unanswered (or the run oopsed). */
    public static boolean sourceServed(TeardownState s) {
        return s.faulted() || (s.sourceResumed() && s.everyVbd(v -> v.outstanding() == 0));
    }

    /**
     * Another guest waits for xenwatch: a bystander whose hot-plug or shutdown has not been
     * delivered (as the bystander sees it, not as the queue holds it), or, with no bystander
     * modelled, the stand-in event of another device still queued.
     */
    public static boolean othersWaiting(TeardownState s) {
        return s.bystanders().exists(teardown.model.bystander.Bystander::waiting)
                || s.xenwatch().queue().exists(e -> e.event() == teardown.model.xenbus.WatchEvent.OTHER_DEVICE);
    }

    /**
     * A state with no enabled step is a legitimate end when the teardown is complete, when a
     * fault stopped the run (reported by no-use-after-free), or when requests sit on a disk that
     * never completes and every blocked thread waits only for that disk, not on another thread, or
     * when the migration was aborted before the source's device was touched (the source keeps running),
     * or, outside a migration, when the toolstack has finished and nothing is left for xenwatch to do
     * (a detach that gave up leaves a device that still serves its guest).
     */
    public static boolean legitimateEnd(Configuration c, TeardownState s) {
        return s.tornDown() || s.faulted() || s.sourceKeptRunning() || Blockage.stallEndsAtDisk(c, s)
                || (c.scenario() != teardown.model.Scenario.MIGRATE && s.settled());
    }

    /**
     * Weak fairness for the kernel threads (each ring's xenblkd on its own), udev, the toolstack,
     * the target, the work queue and the guest's blkfront driver, and for each disk that completes
     * requests; another device's watch, a bystander guest, the guest's own choices (the frontend
     * writing at will, its workload) and the administrator may or may not ever act. The keys are
     * {@link Step#who}.
     */
    public static Set<Object> fairActors(Configuration c) {
        Set<Object> fair = HashSet.of(Actor.XENWATCH, Actor.TOOLSTACK, Actor.TARGET, Actor.GUEST).map(Actor::id);
        for (int i = 0; i < c.devices(); i++) {
            int index = c.devices() == 1 ? Step.ONLY : i;
            fair = fair.addAll(List.of(Actor.UDEV, Actor.WORKQUEUE, Actor.BLKFRONT).map(a -> Step.who(a, index)));
            List<Actor> perRing = List.of(Actor.XENBLKD).appendAll(c.disk(i).completes() ? List.of(Actor.DISK) : List.empty());
            for (int r = 0; r < c.rings(); r++) {
                int ring = c.rings() == 1 ? Step.ONLY : r;
                fair = fair.addAll(perRing.map(a -> Step.who(a, index, ring)));
            }
        }
        return fair;
    }

    public static List<Property<TeardownState, Step>> witnesses() {
        return List.of(Witness.values()).map(TeardownProperties::of);
    }
}
