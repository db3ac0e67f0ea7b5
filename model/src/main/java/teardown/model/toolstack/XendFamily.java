package teardown.model.toolstack;

import teardown.model.Actor;
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
    public String toString() {
        return id();
    }
}
