package teardown.model.xenbus;

import teardown.model.toolstack.ToolstackProgress.Phase;
import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Hazard;
import teardown.model.Scenario;
import teardown.model.kernel.Module;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.Teardown;
import teardown.model.TeardownState;
import teardown.model.toolstack.ToolstackProgress;

/**
 * Watch events from outside the teardown: another device's (a stand-in, when no bystander guest
 * is modelled), and a device's frontend reconnecting (hazard reconnect-during-remove).
 * See docs/model/toolstacks.md#outside-events.
 */
public final class EnvironmentSteps {

    private EnvironmentSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        List<Successor> out = List.empty();
        if (c.bystanders() == 0 && !s.environment().otherDeviceFired()) {
            out = out.append(new Successor(
                    new Step(Actor.OTHER_DEVICE, "another device's xenstore watch fires",
                            "drivers/xen/xenbus/xenbus_xs.c process_msg (watch event queued)"),
                    s.with(new Environment(true)).with(s.xenwatch().enqueue(WatchEvent.OTHER_DEVICE, 0))));
        }
        out = out.appendAll(rmmod(c, s));
        return c.has(Hazard.RECONNECT_DURING_REMOVE) ? out.appendAll(Teardown.eachDevice(c, s, EnvironmentSteps::reconnect)) : out;
    }

    /**
     * After a hot-unplug the administrator may unload blkback (rmmod), which module_exit allows
     * once no device is bound and nothing holds the module: since 5.5 every blkif not yet freed
     * holds it. module_exit unregisters the driver and destroys the blkif cache.
     */
    private static List<Successor> rmmod(Configuration c, TeardownState s) {
        boolean held = s.someVbd(v -> v.visibility().sysfsDevice()) || (c.driver().blkifHoldsModuleRef() && s.someVbd(v -> v.blkif().live()));
        if (c.scenario() != Scenario.DETACH || !c.driver().moduleCanUnload() || s.module() != Module.LOADED
                || (held && !c.has(teardown.model.Mutant.RMMOD_IGNORES_HOLDERS))) { // MUTANT rmmod-ignores-holders
            return List.empty();
        }
        return List.of(new Successor(new Step(Actor.ADMIN, "rmmod xen-blkback: module_exit: xenbus_unregister_driver, kmem_cache_destroy(blkif_cache)",
                "drivers/block/xen-blkback/blkback.c xen_blkif_fini; drivers/block/xen-blkback/xenbus.c xen_blkif_interface_fini"), s.with(Module.UNLOADED)));
    }

    /** Only while the otherend watch is still registered can the frontend's write reach blkback. */
    private static List<Successor> reconnect(Configuration c, DeviceView s) {
        boolean teardownBegun = !s.toolstack().at(Phase.STATE_SENT)
                && !s.toolstack().at(Phase.GUEST_SUSPENDING);
        if (s.vbd().frontendReconnected() || !teardownBegun || s.vbd().removes() != 0) {
            return List.empty();
        }
        return List.of(new Successor(
                new Step(Actor.FRONTEND, "frontend switches to Connected",
                        "drivers/xen/blkfront/blkfront.c connect (xenbus_switch_state Connected)"),
                s.reconnected().with(s.xenwatch().otherendFires(WatchEvent.FRONTEND_CONNECTED, s.index(), c.driver().otherendDropsPendingEvents()))));
    }
}
