package teardown.model.toolstack;

import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.Xenwatch;

/**
 * What every toolstack variant's steps share, a design's included: the step label, the unleash,
 * a bounded wait's running out, and the watch events a toolstack's writes fire.
 */
@teardown.model.Api
public final class ToolstackSteps {

    private ToolstackSteps() {
    }

    public static Successor next(TeardownState s, String name, String source, TeardownState next) {
        return new Successor(new Step(Actor.TOOLSTACK, name, source), next);
    }

    /** The receiver may now let the target run (end of stream, or 'permission to go'). */
    public static Target unleash(TeardownState s) {
        return s.target() == Target.WAITING_FOR_STREAM ? Target.STREAM_ENDED : s.target();
    }

    /**
     * A bounded wait gave up and the toolstack carries on to {@code next}. It is recorded as a
     * timeout only while the target has not been let go: xl's libxl cleanup wait and the post's
     * final testDeviceComplete() run after the unleash, so the target did not run "after a timeout".
     */
    public static ToolstackProgress timedOut(TeardownState s, String next) {
        return s.target() == Target.WAITING_FOR_STREAM ? s.toolstack().timeout(next) : s.toolstack().withPhase(next);
    }

    /** See {@link teardown.model.BoundedWait}. */
    public static boolean timeoutCanFire(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return teardown.model.BoundedWait.mayRunOut(c, s, nothingElseEnabled);
    }

    /**
     * The watch events the toolstack's writes fire for every device of the guest, device by device
     * in the order its loop over the vbds writes them (the events of one device in the order given).
     */
    public static Xenwatch enqueueEach(Configuration c, TeardownState s, WatchEvent... events) {
        Xenwatch w = s.xenwatch();
        for (int i = 0; i < s.vbds().size(); i++) {
            for (WatchEvent e : events) {
                if (!e.otherend()) {
                    w = w.enqueue(e, i);
                } else if (otherendWatched(s, i)) {
                    w = w.otherendFires(e, i, c.driver().otherendDropsPendingEvents());
                }
            }
        }
        return w;
    }

    /** Device {@code i}'s frontend-state watch is registered: the device was probed and its remove has not begun. */
    public static boolean otherendWatched(TeardownState s, int i) {
        return s.vbd(i).visibility().sysfsDevice() && s.vbd(i).removes() == 0;
    }
}
