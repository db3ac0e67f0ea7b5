package teardown.model.guest;

import teardown.model.toolstack.ToolstackProgress.Phase;
import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.ToolstackProgress;

/**
 * FreeBSD blkfront (since svn r225705): at suspend it waits for every request pending on the
 * backend to complete; after 30 s without a drain it cancels the suspend, so the migration fails
 * and the source guest keeps running (a clean, visible abort).
 */
public final class FreebsdBlkfront implements Frontend {

    private static final String SOURCE = "sys/dev/xen/blkfront/blkfront.c xbd_suspend";

    @Override
    public String id() {
        return "freebsd";
    }

    @Override
    public String description() {
        return "FreeBSD blkfront: drains at suspend; 30 s without a drain cancels the suspend and the migration fails";
    }

    @Override
    public ToolstackProgress initialToolstack() {
        return ToolstackProgress.guestSuspending();
    }

    @Override
    public List<Successor> atSuspend(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        if (!s.toolstack().at(Phase.GUEST_SUSPENDING)) {
            return List.empty();
        }
        if (s.everyVbd(d -> d.outstanding() == 0)) {
            return List.of(new Successor(new Step(Actor.GUEST, "xbd_suspend: every request answered; the guest suspends, its final state is sent", SOURCE),
                    s.with(s.toolstack().withPhase(ToolstackProgress.Phase.STATE_SENT))));
        }
        // 30 s outlast a healthy disk: there the cancel comes only when nothing else can move.
        boolean canCancel = teardown.model.BoundedWait.mayRunOut(c, s, nothingElseEnabled);
        return !canCancel ? List.empty()
                : List.of(new Successor(new Step(Actor.GUEST, "xbd_suspend: 30 s without a drain: suspend cancelled, migration fails, guest keeps running", SOURCE),
                s.with(s.toolstack().abort()).with(Guest.RUNNING)));
    }

    @Override
    public io.vavr.control.Option<String> cannotRun(teardown.model.Scenario scenario) {
        return scenario == teardown.model.Scenario.MIGRATE ? io.vavr.control.Option.none()
                : io.vavr.control.Option.some("the FreeBSD frontend is modelled at suspend only, not in scenario " + scenario.id());
    }

    @Override
    public boolean cancelsSuspend() {
        return true;
    }

    @Override
    public boolean reissuesOnTarget() {
        return false;
    }

    @Override
    public String toString() {
        return id();
    }
}
