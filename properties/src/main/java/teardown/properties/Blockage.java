package teardown.properties;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.TeardownState;
import teardown.model.blkback.DevSem;
import teardown.model.blkback.Kthread;
import teardown.model.kernel.Frame;

/**
 * What the kernel threads are waiting for in a state where they cannot move, in a reviewer's
 * words, and whether the waits form a cycle (a true deadlock) or end at something outside
 * (a hung disk, a lost wake-up).
 */
public final class Blockage {

    private Blockage() {
    }

    /** The device whose callback xenwatch is running (or the first, when it is idle), focused on the ring it waits for. */
    private static DeviceView callee(TeardownState s) {
        int ring = s.xenwatch().inCallback() ? s.xenwatch().stack().head().ring() : 0;
        return s.view(s.xenwatch().device()).onRing(ring);
    }

    /** Every ring's thread, as the device's view focused on that ring. */
    private static List<DeviceView> threads(TeardownState s) {
        return s.views().flatMap(v -> List.range(0, v.rings().size()).map(v::onRing));
    }

    private static String of(TeardownState s, DeviceView d) {
        boolean devices = s.vbds().size() > 1;
        boolean rings = d.rings().size() > 1;
        return !devices && !rings ? "" : " of " + (devices ? "vbd " + d.index() : "") + (devices && rings ? " " : "") + (rings ? "ring " + d.focus() : "");
    }

    public static Option<String> xenwatchWaitsFor(TeardownState s) {
        DeviceView d = callee(s);
        String of = of(s, d);
        return switch (s.xenwatch().waitsFor()) {
            case THREAD_EXIT -> Option.some("xenblkd" + of + " to exit (kthread_stop)");
            case THREAD_SIGNAL -> Option.some("xenblkd" + of + " to clear blkif->xenblkd (wait_event on be->wq)");
            case IN_FLIGHT -> Option.some(d.vbd().inFlight() + " in-flight request(s)" + vbd(s, d) + " to drop their blkif references"
                    + (d.vbd().inFlight() == 0 ? ", and " + d.blkif().refcnt() + " other reference(s) to go" : ""));
            case SEMAPHORE -> Option.some("blkback_dev_sem");
            case NOTHING, NEXT_STEP -> Option.none();
        };
    }

    public static Option<String> xenblkdWaitsFor(DeviceView s) {
        return switch (s.xenblkd().phase()) {
            case WAITING_FOR_WORK -> Option.some(s.xenblkd().removeRequested()
                    ? "a wake-up for remove_requested that its wait condition ignores (lost wake-up)"
                    : "work, a stop or a remove request");
            case DRAINING -> Option.some(s.requests().inFlight() + " in-flight request(s) to complete on the disk");
            case BLOCKED_IN_SUBMIT_BIO -> Option.some("submit_bio to return, which a dead disk's full queue never lets it");
            case UNREGISTERING_WATCH -> Option.some("xenwatch_mutex, which xenwatch holds while it runs blkback_remove");
            case STOPPING_ITSELF -> Option.some("its own exit: kthread_stop called on itself never returns");
            // Only xenwatch ever holds the semaphore across steps (hazard dev-sem-across-wait).
            case CLOSING_DEVICE -> s.devSem() == DevSem.HELD_BY_XENWATCH
                    ? Option.some("blkback_dev_sem, which xenwatch holds across its wait") : Option.none();
            default -> Option.none();
        };
    }

    /**
     * xenwatch waits on a xenblkd that waits on xenwatch (its mutex, or the semaphore it holds), or
     * a xenblkd waits on itself: nothing outside can break it. Another device's xenblkd waiting on
     * xenwatch only lengthens a chain that ends wherever xenwatch's own wait ends.
     */
    public static boolean isCycle(TeardownState s) {
        boolean xenwatchOnThread = s.xenwatch().waitsFor() == Frame.WaitsFor.THREAD_SIGNAL
                || s.xenwatch().waitsFor() == Frame.WaitsFor.THREAD_EXIT;
        boolean selfStop = threads(s).exists(v -> v.xenblkd().phase() == Kthread.Phase.STOPPING_ITSELF);
        return xenwatchOnThread && (selfStop || waitsOnXenwatch(s, callee(s)));
    }

    /** This thread waits for xenwatch_mutex, or for blkback_dev_sem while xenwatch holds it. */
    private static boolean waitsOnXenwatch(TeardownState s, DeviceView v) {
        Kthread.Phase k = v.xenblkd().phase();
        return k == Kthread.Phase.UNREGISTERING_WATCH || (k == Kthread.Phase.CLOSING_DEVICE && s.devSem() == DevSem.HELD_BY_XENWATCH);
    }

    /** Requests of this device sit on its disk, which will never complete them. */
    private static boolean stuckOnDisk(Configuration c, DeviceView v) {
        return !v.disk(c).completes() && v.vbd().inFlight() > 0;
    }

    /** This ring's thread waits only for the device's disk. */
    private static boolean threadOnDisk(Configuration c, DeviceView v) {
        return stuckOnDisk(c, v) && switch (v.xenblkd().phase()) {
            case DRAINING, BLOCKED_IN_SUBMIT_BIO -> true;
            default -> false;
        };
    }

    private static boolean threadIdle(DeviceView v) {
        Kthread k = v.xenblkd();
        return k.phase().gone() || k.phase() == Kthread.Phase.NONE
                || (k.phase() == Kthread.Phase.WAITING_FOR_WORK && !k.removeRequested() && !k.shouldStop());
    }

    /**
     * Requests sit on a disk that will never complete them, and every blocked thread waits only for
     * such a disk, not for another thread: a hang the disk causes, which no ordering of the driver
     * can avoid. A xenblkd that waits for xenwatch's mutex or semaphore waits for another thread,
     * even when xenwatch itself waits for the disk (docs/model/properties.md#no-deadlock).
     */
    public static boolean stallEndsAtDisk(Configuration c, TeardownState s) {
        if (!s.views().exists(v -> stuckOnDisk(c, v))) {
            return false;
        }
        DeviceView d = callee(s);
        boolean xenwatchOnDisk = !s.xenwatch().inCallback() || switch (s.xenwatch().waitsFor()) {
            case IN_FLIGHT -> s.devSem() == DevSem.FREE && stuckOnDisk(c, d);
            case THREAD_EXIT, THREAD_SIGNAL -> threadOnDisk(c, d) && s.devSem() == DevSem.FREE;
            case SEMAPHORE, NOTHING, NEXT_STEP -> false;
        };
        return threads(s).forAll(v -> threadOnDisk(c, v) || threadIdle(v)) && xenwatchOnDisk;
    }

    private static String leftover(TeardownState s) {
        return s.views().find(v -> v.blkif().live())
                .map(v -> "the blkif" + vbd(s, v) + " is never freed (refcnt " + v.blkif().refcnt() + "): a reference leak")
                .orElse(() -> s.views().find(v -> v.be().live()).map(v -> "backend_info" + vbd(s, v) + " is never freed: a leak"))
                .getOrElse("the teardown never finishes");
    }

    /** The thread's name as traces print it: xenblkd, xenblkd[1], xenblkd[r1], xenblkd[1,r1]. */
    private static String who(TeardownState s, DeviceView v) {
        return teardown.model.Step.who(teardown.model.Actor.XENBLKD, s.vbds().size() == 1 ? teardown.model.Step.ONLY : v.index(),
                v.rings().size() == 1 ? teardown.model.Step.ONLY : v.focus());
    }

    private static String vbd(TeardownState s, DeviceView v) {
        return s.vbds().size() == 1 ? "" : " of vbd " + v.index();
    }

    /** One paragraph: who waits for what, and what kind of stall that is. */
    public static String describe(Configuration c, TeardownState s) {
        if (s.faulted()) {
            return "nothing moves after the oops: " + s.fault().get();
        }
        List<String> lines = xenwatchWaitsFor(s).fold(List::<String>empty, w -> List.of("xenwatch (holding xenwatch_mutex) waits for " + w));
        lines = lines.appendAll(threads(s).flatMap(v -> xenblkdWaitsFor(v).map(w -> who(s, v) + " waits for " + w)));
        if (!s.xenwatch().queue().isEmpty()) {
            lines = lines.append("queued behind it: " + s.xenwatch().queue().mkString(", "));
        }
        boolean lostWakeUp = threads(s).exists(v -> v.xenblkd().phase() == Kthread.Phase.WAITING_FOR_WORK && v.xenblkd().removeRequested());
        boolean noneWaits = xenwatchWaitsFor(s).isEmpty() && threads(s).forAll(v -> xenblkdWaitsFor(v).isEmpty());
        String kind = isCycle(s) ? "a true deadlock: the waits form a cycle between xenwatch and xenblkd"
                : lostWakeUp ? "a hang, not a cycle: the wake-up was sent before xenblkd could see it, and nothing will send another"
                : stallEndsAtDisk(c, s) ? "a hang, not a deadlock: the chain of waits ends at the " + stuckDisks(c, s) + " disk"
                : noneWaits && !s.tornDown() ? "no thread waits, but the teardown never completes: " + leftover(s)
                : "stalled";
        return lines.append(kind).mkString("; ");
    }

    private static String stuckDisks(Configuration c, TeardownState s) {
        return s.views().filter(v -> stuckOnDisk(c, v))
                .map(v -> v.disk(c).id() + (s.vbds().size() == 1 ? "" : " (vbd " + v.index() + ")")).mkString(" and ");
    }
}
