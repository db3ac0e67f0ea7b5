package teardown.model;

import io.vavr.control.Option;
import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.DevSem;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Requests;
import teardown.model.hotplug.Visibility;
import teardown.model.guest.GuestHistory;
import teardown.model.xenbus.Environment;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xend.Target;
import teardown.model.xend.Toolstack;

/**
 * One global state of the teardown: every actor of docs/model/actors.md#actors. {@code fault} records
 * a use after free (or of a cleared pointer) the moment a step commits one; such a state is final,
 * as the kernel would oops there.
 */
public record TeardownState(Requests requests, Kthread xenblkd, Blkif blkif, BackendInfo be, DevSem devSem,
                            Xenwatch xenwatch, Visibility visibility, Toolstack toolstack, Target target,
                            Environment environment, GuestHistory history, Option<String> fault) {

    public TeardownState with(Requests r) {
        return new TeardownState(r, xenblkd, blkif, be, devSem, xenwatch, visibility, toolstack, target, environment, history, fault);
    }

    public TeardownState with(Kthread k) {
        return new TeardownState(requests, k, blkif, be, devSem, xenwatch, visibility, toolstack, target, environment, history, fault);
    }

    public TeardownState with(Blkif b) {
        return new TeardownState(requests, xenblkd, b, be, devSem, xenwatch, visibility, toolstack, target, environment, history, fault);
    }

    public TeardownState with(BackendInfo b) {
        return new TeardownState(requests, xenblkd, blkif, b, devSem, xenwatch, visibility, toolstack, target, environment, history, fault);
    }

    public TeardownState with(DevSem d) {
        return new TeardownState(requests, xenblkd, blkif, be, d, xenwatch, visibility, toolstack, target, environment, history, fault);
    }

    public TeardownState with(Xenwatch w) {
        return new TeardownState(requests, xenblkd, blkif, be, devSem, w, visibility, toolstack, target, environment, history, fault);
    }

    public TeardownState with(Visibility v) {
        return new TeardownState(requests, xenblkd, blkif, be, devSem, xenwatch, v, toolstack, target, environment, history, fault);
    }

    public TeardownState with(Toolstack t) {
        return new TeardownState(requests, xenblkd, blkif, be, devSem, xenwatch, visibility, t, target, environment, history, fault);
    }

    public TeardownState with(Target t) {
        return new TeardownState(requests, xenblkd, blkif, be, devSem, xenwatch, visibility, toolstack, t, environment, history, fault);
    }

    public TeardownState with(Environment e) {
        return new TeardownState(requests, xenblkd, blkif, be, devSem, xenwatch, visibility, toolstack, target, e, history, fault);
    }

    public TeardownState with(GuestHistory h) {
        return new TeardownState(requests, xenblkd, blkif, be, devSem, xenwatch, visibility, toolstack, target, environment, h, fault);
    }

    public TeardownState withFault(String what) {
        return new TeardownState(requests, xenblkd, blkif, be, devSem, xenwatch, visibility, toolstack, target, environment,
                history, fault.orElse(Option.some(what)));
    }

    public boolean faulted() {
        return fault.isDefined();
    }

    // ---- what the properties observe ----

    /**
     * xenblkd may still submit a ring request: it is in its loop and the ring is not empty. The
     * 2.6.18-era do_block_io_op does not check kthread_should_stop, so a stopped thread still
     * empties the ring once; upstream's __do_block_io_op stops consuming as soon as it is set.
     */
    public boolean canStillSubmit(Driver driver) {
        return xenblkd.phase().inLoop() && requests.onRing() > 0
                && !(driver.stopsConsumingOnStop() && xenblkd.shouldStop());
    }

    /** No source request is in flight and none can still be submitted. */
    public boolean ioDone(Driver driver) {
        return requests.inFlight() == 0 && !canStillSubmit(driver);
    }

    /**
     * The backend's own footprint says the device is gone: its sysfs device removed, its backend
     * directory removed by the hotplug cleanup that follows remove, or shutdown-done written. A
     * directory xend deleted itself is not the backend vanishing; what xend then does with its
     * missing evidence is no-unleash-before-io-done's business.
     */
    public boolean evidenceSaysGone() {
        return (!visibility.backendDir() && !visibility.deletedByToolstack()) || !visibility.sysfsDevice()
                || visibility.shutdownDone();
    }

    /** The backend's state node reads Closed (the evidence today's toolstacks read; docs/model/todays-stacks.md). */
    public boolean backendClosed() {
        return visibility.backendDir() && visibility.backendState() == Visibility.BackendState.CLOSED;
    }

    /** The migration has run its course on the source and the target runs. */
    public boolean migrationFinished() {
        return toolstack.phase() == Toolstack.Phase.DONE && !toolstack.aborted() && target == Target.RUNNING;
    }

    /** A clean, visible abort: the toolstack reported the failure and the target never ran. */
    public boolean migrationAborted() {
        return toolstack.phase() == Toolstack.Phase.DONE && toolstack.aborted() && target != Target.RUNNING;
    }

    /** The migration was aborted before the source's device was touched: the source guest keeps running on it. */
    public boolean sourceKeptRunning() {
        return migrationAborted() && xenwatch.removes() == 0 && xenwatch.phase() == Xenwatch.Phase.IDLE
                && xenwatch.queue().isEmpty();
    }

    /** Everything is torn down and released: the intended end of a run (or of an abort that had begun the teardown). */
    public boolean tornDown() {
        return (migrationFinished() || migrationAborted())
                && xenwatch.phase() == Xenwatch.Phase.IDLE && xenwatch.queue().isEmpty()
                && xenblkd.phase() == Kthread.Phase.EXITED
                && blkif.freed() && be.freed()
                && visibility.uevent() != Visibility.Uevent.PENDING;
    }
}
