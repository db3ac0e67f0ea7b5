package teardown.model.guest;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Mutant;
import teardown.model.Scenario;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.ToolstackProgress;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.XenbusState;

/**
 * Linux blkfront: no suspend hook, so requests outstanding at suspend are not drained; on the
 * target blkfront_resume / blkif_recover re-issues every request it had not seen answered. In a
 * guest that runs on, the backend's Closing makes blkfront_closing write Closed at once (since
 * Linux 5.14, 05d69d950d9d, even for a disk in use: it is marked dead). {@code refusesInUse}: the
 * blkfront before 5.14, which refuses to close a disk the guest has open ("Device in use;
 * refusing to close", state Closing) and closes it when the guest lets go (blkif_release).
 * Requests outstanding are never failed by blkfront: only an answer ends them.
 */
@teardown.model.Api
public class LinuxBlkfront implements Frontend {

    private static final String SOURCE = "drivers/block/xen-blkfront.c ";

    private final boolean refusesInUse;

    public LinuxBlkfront(boolean refusesInUse) {
        this.refusesInUse = refusesInUse;
    }

    @Override
    public String id() {
        return refusesInUse ? "linux-5.13" : "linux";
    }

    @Override
    public String description() {
        return refusesInUse ? "Linux blkfront before 5.14: refuses to close a disk in use until the guest lets go; re-issues on the target"
                : "Linux blkfront: no drain at suspend; re-issues every unanswered request on the target; closes at once when asked";
    }

    @Override
    public ToolstackProgress initialToolstack() {
        return ToolstackProgress.stateSent();
    }

    @Override
    public List<Successor> atSuspend(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return List.empty();
    }

    @Override
    public boolean reissuesOnTarget() {
        return true;
    }

    /** blkback_changed on the backend's Closing (or Closed before the frontend is): blkfront_closing. */
    @Override
    public List<Successor> blkfront(Configuration c, DeviceView s) {
        XenbusState backend = s.visibility().backendState();
        XenbusState own = s.frontend().state();
        boolean asked = backend == XenbusState.CLOSING || (backend == XenbusState.CLOSED && own != XenbusState.CLOSED);
        if (c.scenario() != Scenario.DETACH || !s.shared().guest().runs() || !s.visibility().frontendDir() || !asked) {
            return List.empty();
        }
        if (refusesInUse && s.frontend().inUse()) {
            return own == XenbusState.CLOSING ? List.empty()
                    : List.of(write(c, s, XenbusState.CLOSING, "blkfront_closing: device in use, refusing to close: switch to Closing"));
        }
        return own == XenbusState.CLOSED ? List.empty()
                : List.of(write(c, s, XenbusState.CLOSED, "blkfront_closing: release the disk, xenbus_frontend_closed: switch to Closed"));
    }

    /**
     * The guest lets go of a disk it had open: umount waits for the disk's outstanding I/O, then the
     * last close runs blkif_release, which closes the device if the backend asked.
     */
    @Override
    public List<Successor> workload(Configuration c, DeviceView s) {
        if (!refusesInUse || !s.frontend().inUse() || !s.shared().guest().runs() || c.scenario() != Scenario.DETACH || s.vbd().outstanding() > 0) {
            return List.empty();
        }
        DeviceView released = s.with(s.frontend().withInUse(false));
        if (s.frontend().state() == XenbusState.CLOSING && s.visibility().backendState() == XenbusState.CLOSING) {
            Successor closed = write(c, released, XenbusState.CLOSED, "the guest unmounts the disk: blkif_release closes it: switch to Closed");
            return List.of(new Successor(new Step(Actor.FRONTEND, closed.step().name(), closed.step().source()), closed.next()));
        }
        return List.of(new Successor(new Step(Actor.FRONTEND, "the guest unmounts the disk: blkif_release", SOURCE + "blkif_release"), released));
    }

    private static Successor write(Configuration c, DeviceView s, XenbusState to, String name) {
        DeviceView next = s.with(s.frontend().wrote(to));
        next = next.with(next.xenwatch().otherendFires(WatchEvent.FRONTEND_STATE, s.index(), c.driver().otherendDropsPendingEvents()));
        if (c.has(Mutant.FRONTEND_STATE_FIRES_TWICE)) { // MUTANT frontend-state-fires-twice
            next = next.with(next.xenwatch().enqueue(WatchEvent.FRONTEND_STATE, s.index()));
        }
        return new Successor(new Step(Actor.BLKFRONT, name, SOURCE + "blkback_changed, blkfront_closing"), next);
    }

    @Override
    public String toString() {
        return id();
    }
}
