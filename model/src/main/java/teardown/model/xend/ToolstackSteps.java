package teardown.model.xend;

import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;

/** What every toolstack variant's steps share: the step label, the unleash, and when a bounded wait may run out. */
final class ToolstackSteps {

    private ToolstackSteps() {
    }

    static Successor next(TeardownState s, String name, String source, TeardownState next) {
        return new Successor(new Step(Actor.TOOLSTACK, name, source), next);
    }

    /** The receiver may now let the target run (end of stream, or 'permission to go'). */
    static Target unleash(TeardownState s) {
        return s.target() == Target.WAITING_FOR_STREAM ? Target.STREAM_ENDED : s.target();
    }

    /**
     * A bounded wait (xend's 30 s, libxl's 10 s, xenopsd's 30 s) outlasts any CPU step and a
     * healthy disk's service time: on a healthy disk it runs out only when nothing else can move;
     * on a slow, hung or dead disk it may run out at any time.
     */
    static boolean timeoutCanFire(Configuration c, boolean nothingElseEnabled) {
        return c.disk() != Disk.HEALTHY || nothingElseEnabled;
    }
}
