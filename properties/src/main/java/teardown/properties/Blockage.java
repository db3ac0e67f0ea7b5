package teardown.properties;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.model.Configuration;
import teardown.model.TeardownState;
import teardown.model.blkback.Kthread;
import teardown.model.xenbus.Xenwatch;

/**
 * What the kernel threads are waiting for in a state where they cannot move, in a reviewer's
 * words, and whether the waits form a cycle (a true deadlock) or end at something outside
 * (a hung disk, a lost wake-up).
 */
public final class Blockage {

    private Blockage() {
    }

    public static Option<String> xenwatchWaitsFor(TeardownState s) {
        return switch (s.xenwatch().phase()) {
            case STOPPING_KTHREAD -> Option.some("xenblkd to exit (kthread_stop)");
            case WAITING_FOR_XENBLKD -> Option.some("xenblkd to clear blkif->xenblkd (wait_event on be->wq)");
            case DRAINING -> Option.some(s.requests().inFlight() + " in-flight request(s) to drop their blkif references");
            case DRAINING_REQUEST -> Option.some("xenblkd to exit and " + s.requests().inFlight() + " in-flight request(s) to complete (drain request waiting on xenwatch)");
            default -> Option.none();
        };
    }

    public static Option<String> xenblkdWaitsFor(TeardownState s) {
        return switch (s.xenblkd().phase()) {
            case WAITING_FOR_WORK -> Option.some(s.xenblkd().removeRequested()
                    ? "a wake-up for remove_requested that its wait condition ignores (lost wake-up)"
                    : "work, a stop or a remove request");
            case DRAINING -> Option.some(s.requests().inFlight() + " in-flight request(s) to complete on the disk");
            case BLOCKED_IN_SUBMIT_BIO -> Option.some("submit_bio to return, which a dead disk's full queue never lets it");
            case UNREGISTERING_WATCH -> Option.some("xenwatch_mutex, which xenwatch holds while it runs blkback_remove");
            case STOPPING_ITSELF -> Option.some("its own exit: kthread_stop called on itself never returns");
            // Only xenwatch ever holds the semaphore across steps (hazard dev-sem-across-wait).
            case CLOSING_DEVICE -> s.devSem() == teardown.model.blkback.DevSem.HELD_BY_XENWATCH
                    ? Option.some("blkback_dev_sem, which xenwatch holds across its wait") : Option.none();
            default -> Option.none();
        };
    }

    /** xenwatch waits on xenblkd and xenblkd waits on xenwatch (or on itself): nothing outside can break it. */
    public static boolean isCycle(TeardownState s) {
        boolean xenwatchOnThread = s.xenwatch().phase() == Xenwatch.Phase.WAITING_FOR_XENBLKD
                || s.xenwatch().phase() == Xenwatch.Phase.STOPPING_KTHREAD;
        Kthread.Phase k = s.xenblkd().phase();
        boolean threadOnXenwatch = k == Kthread.Phase.UNREGISTERING_WATCH || k == Kthread.Phase.STOPPING_ITSELF
                || (k == Kthread.Phase.CLOSING_DEVICE && s.devSem() == teardown.model.blkback.DevSem.HELD_BY_XENWATCH);
        return xenwatchOnThread && threadOnXenwatch;
    }

    /**
     * Requests sit on a disk that will never complete them, and every blocked thread waits only for
     * that disk: a hang the disk causes, which no ordering of the driver can avoid.
     */
    public static boolean stallEndsAtDisk(Configuration c, TeardownState s) {
        if (c.disk().completes() || s.requests().inFlight() == 0) {
            return false;
        }
        boolean threadOnDisk = switch (s.xenblkd().phase()) {
            case DRAINING, BLOCKED_IN_SUBMIT_BIO -> true;
            default -> false;
        };
        boolean threadIdle = s.xenblkd().phase() == Kthread.Phase.EXITED
                || (s.xenblkd().phase() == Kthread.Phase.WAITING_FOR_WORK && !s.xenblkd().removeRequested() && !s.xenblkd().shouldStop());
        boolean xenwatchOnDisk = switch (s.xenwatch().phase()) {
            case IDLE -> true;
            case DRAINING, DRAINING_REQUEST -> s.devSem() == teardown.model.blkback.DevSem.FREE;
            case STOPPING_KTHREAD, WAITING_FOR_XENBLKD -> threadOnDisk && s.devSem() == teardown.model.blkback.DevSem.FREE;
            default -> false;
        };
        return (threadOnDisk || threadIdle) && xenwatchOnDisk;
    }

    private static String leftover(TeardownState s) {
        return !s.blkif().freed() ? "the blkif is never freed (refcnt " + s.blkif().refcnt() + "): a reference leak"
                : !s.be().freed() ? "backend_info is never freed: a leak"
                : "the migration never finishes";
    }

    /** One paragraph: who waits for what, and what kind of stall that is. */
    public static String describe(Configuration c, TeardownState s) {
        if (s.faulted()) {
            return "nothing moves after the oops: " + s.fault().get();
        }
        List<String> lines = List.empty();
        lines = xenwatchWaitsFor(s).fold(() -> List.<String>empty(), w -> List.of("xenwatch (holding xenwatch_mutex) waits for " + w))
                .appendAll(lines);
        lines = lines.appendAll(xenblkdWaitsFor(s).map(w -> "xenblkd waits for " + w));
        if (!s.xenwatch().queue().isEmpty()) {
            lines = lines.append("queued behind it: " + s.xenwatch().queue().mkString(", "));
        }
        String kind = isCycle(s) ? "a true deadlock: the waits form a cycle between xenwatch and xenblkd"
                : s.xenblkd().phase() == Kthread.Phase.WAITING_FOR_WORK && s.xenblkd().removeRequested()
                ? "a hang, not a cycle: the wake-up was sent before xenblkd could see it, and nothing will send another"
                : stallEndsAtDisk(c, s) ? "a hang, not a deadlock: the chain of waits ends at the " + c.disk().id() + " disk"
                : xenwatchWaitsFor(s).isEmpty() && xenblkdWaitsFor(s).isEmpty() && !s.tornDown()
                ? "no thread waits, but the teardown never completes: " + leftover(s)
                : "stalled";
        return lines.append(kind).mkString("; ");
    }
}
