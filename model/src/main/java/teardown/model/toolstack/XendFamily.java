package teardown.model.toolstack;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.Step;
import teardown.model.toolstack.Toolstack;

/** What the three xend variants share: xend's hotplug cleanup rules and its receiver's restore. */
abstract class XendFamily implements Toolstack {

    @Override
    public Hotplug hotplug() {
        return Hotplug.XEND_CLEANUP;
    }

    @Override
    public Step unpause() {
        return new Step(Actor.TARGET, "restore completes, domain unpaused; blkfront re-issues its requests",
                "tools/python/xen/xend/XendCheckpoint.py restore; drivers/xen/blkfront/blkfront.c blkif_recover");
    }

    @Override
    public List<Successor> detach(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return Xm.detach(c, s, nothingElseEnabled);
    }

    @Override
    public List<Successor> destroy(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return Xm.destroy(c, s, nothingElseEnabled);
    }

    @Override
    public io.vavr.control.Option<String> cannotRun(teardown.model.Scenario s) {
        return io.vavr.control.Option.none();
    }

    @Override
    public String toString() {
        return id();
    }
}
