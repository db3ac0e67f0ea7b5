package teardown.model.bystander;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.xenbus.WatchEvent;

/**
 * What a bystander guest's toolstack asks of dom0 while the migration tears down: a disk
 * hot-plug, then a shutdown. Each arrives as a watch event on the shared xenwatch; whether and
 * when a bystander acts is up to it (no fairness), but once queued its event is xenwatch's to deliver.
 * See docs/model/actors.md#bystanders.
 */
public final class BystanderSteps {

    private static final String WATCH = "drivers/xen/xenbus/xenbus_xs.c process_msg (watch event queued)";

    private BystanderSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        if (s.bystanders().isEmpty()) {
            return List.empty(); // the common case, asked of every state
        }
        return List.range(0, s.bystanders().size()).flatMap(i -> act(c, s, i).map(x -> x.at(i)));
    }

    private static List<Successor> act(Configuration c, TeardownState s, int i) {
        boolean unwatched = c.has(Mutant.BYSTANDER_WATCH_NOT_REGISTERED); // MUTANT bystander-watch-not-registered
        return switch (s.bystanders().get(i)) {
            case QUIET -> List.of(new Successor(new Step(Actor.BYSTANDER, "hot-plug a vbd: the toolstack writes its backend directory",
                    "the bystander's toolstack (xend DevController.createDevice, libxl__device_add, xenopsd Vbd.add); " + WATCH),
                    s.withBystander(i, Bystander.HOTPLUG_QUEUED).with(unwatched ? s.xenwatch() : s.xenwatch().enqueue(WatchEvent.BYSTANDER_HOTPLUG, i))));
            case HOTPLUGGED -> List.of(new Successor(new Step(Actor.BYSTANDER, "shut down: the guest's frontend closes its vbd",
                    "the bystander guest's blkfront (frontend state Closing); " + WATCH),
                    s.withBystander(i, Bystander.SHUTDOWN_QUEUED).with(s.xenwatch().enqueue(WatchEvent.BYSTANDER_SHUTDOWN, i))));
            default -> List.empty();
        };
    }

    /** The 2.6.18-era trees name blkback's xenbus callbacks blkback_*, xen-blkback names them xen_blkbk_*. */
    private static String prefix(Configuration c) {
        return c.driver().tree().startsWith("drivers/block/") ? "xen_blkbk_" : "blkback_";
    }

    /**
     * xenwatch delivers a bystander's event: one short callback (the driver's probe, or its remove
     * of a vbd with nothing in flight), in the same driver as the migrating guest's.
     */
    public static Successor delivered(Configuration c, TeardownState popped, int i, WatchEvent e) {
        boolean hotplug = e == WatchEvent.BYSTANDER_HOTPLUG;
        Step step = new Step(Actor.XENWATCH, "bystander[" + i + "] " + (hotplug
                ? "backend_changed: new vbd, xenbus_probe_node, blkback probe"
                : "frontend_changed: vbd closing, blkback remove (nothing in flight)"),
                hotplug ? "drivers/xen/xenbus/xenbus_probe_backend.c backend_changed; " + c.driver().tree() + "xenbus.c " + prefix(c) + "probe"
                        : "drivers/xen/xenbus/xenbus_probe.c otherend_changed; " + c.driver().tree() + "xenbus.c frontend_changed, " + prefix(c) + "remove");
        return new Successor(step, popped.withBystander(i, hotplug ? Bystander.HOTPLUGGED : Bystander.SHUT_DOWN));
    }
}
