package teardown.model.toolstack;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.model.hotplug.Visibility;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.xenbus.WatchEvent;

/**
 * xapi/xenopsd's VM.save (xen-api ocaml/xenopsd/xc/device.ml, lib/xenops_server.ml): after the guest suspended and before the final
 * handshake, a hard shutdown request per vbd, a wait of at most 30 s whose result is ignored, then
 * storage deactivate; the source domain is destroyed only after the destination runs.
 * {@code mode}: classic (online=0 and the frontend path removed, then wait for Closed or the
 * hotplug key to go) or shutdown-request (wait for shutdown-done). {@code deactivate}: what the
 * storage deactivate does with I/O still in flight, which the sources leave to the storage manager.
 */
public record Xenopsd(Mode mode, Deactivate deactivate) implements Toolstack {

    private static final String DEVICE = "ocaml/xenopsd/xc/device.ml Vbd.hard_shutdown_request, Vbd.hard_shutdown_wait";
    private static final String SERVER = "ocaml/xenopsd/lib/xenops_server.ml VM_save";

    public enum Mode { CLASSIC, SHUTDOWN_REQUEST }

    public enum Deactivate {
        /** deactivate unmaps the volume for later users; requests already submitted still land (the default). */
        LEAVES_IO("leaves-io"),
        /** deactivate returns only once nothing is in flight on the volume (a storage manager that refuses while busy and retries). */
        WAITS_FOR_IO("waits-for-io");

        private final String id;

        Deactivate(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Xenopsd with(Deactivate d) {
        return new Xenopsd(mode, d);
    }

    @Override
    public String id() {
        return (mode == Mode.CLASSIC ? "xenopsd-classic" : "xenopsd-shutdown")
                + (deactivate == Deactivate.LEAVES_IO ? "" : "[deactivate-" + deactivate.id() + "]");
    }

    @Override
    public String description() {
        return (mode == Mode.CLASSIC ? "xenopsd classic vbd shutdown: online=0, rm frontend, wait for Closed or hotplug key gone"
                : "xenopsd shutdown-request: write shutdown-request, wait for shutdown-done")
                + " (30 s, carries on), storage deactivate (" + deactivate.id() + "), then the handshake";
    }

    @Override
    public Option<String> cannotDrive(Driver d) {
        if (mode == Mode.SHUTDOWN_REQUEST && !d.advertisesShutdownRequest()) {
            return Option.some("driver " + d.id() + " does not advertise feature-shutdown-request, so xenopsd drives it in classic mode (xenopsd-classic)");
        }
        if (mode == Mode.CLASSIC && d.advertisesShutdownRequest()) {
            return Option.some("driver " + d.id() + " advertises feature-shutdown-request, so xenopsd drives it in shutdown-request mode (xenopsd-shutdown)");
        }
        return Option.none();
    }

    @Override
    public List<Successor> steps(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.STATE_SENT -> List.of(mode == Mode.CLASSIC
                    ? ToolstackSteps.next(s, "Vbd hard shutdown (classic): online=0, rm frontend path (no Closing)", DEVICE,
                    s.withEveryVisibility(v -> v.offline().frontendDirRemoved()).with(ToolstackSteps.enqueueEach(c, s, WatchEvent.FRONTEND_GONE)).with(t.withPhase(Phase.WAITING_FOR_SHUTDOWN)))
                    : ToolstackSteps.next(s, "Vbd hard shutdown: write shutdown-request", DEVICE,
                    s.with(ToolstackSteps.enqueueEach(c, s, WatchEvent.SHUTDOWN_REQUEST)).with(t.withPhase(Phase.WAITING_FOR_SHUTDOWN))));
            case Phase.WAITING_FOR_SHUTDOWN -> acknowledged(s)
                    ? List.of(ToolstackSteps.next(s, mode == Mode.CLASSIC ? "backend Closed or hotplug key gone: vbd shut down"
                    : "shutdown-done seen: vbd shut down", DEVICE, s.with(t.withPhase(Phase.DEACTIVATING))))
                    : !ToolstackSteps.timeoutCanFire(c, s, nothingElseEnabled) ? List.empty()
                    : List.of(ToolstackSteps.next(s, "30 s timeout: result ignored, carries on", DEVICE, s.with(t.timeout(Phase.DEACTIVATING))));
            case Phase.DEACTIVATING -> deactivate == Deactivate.WAITS_FOR_IO && !s.ioDone(c.driver()) ? List.empty()
                    : List.of(ToolstackSteps.next(s, "storage deactivate (" + deactivate.id() + "); final handshake: the destination may unpause",
                    "ocaml/xenopsd/lib/storage.ml deactivate; " + SERVER, s.with(t.withPhase(Phase.DESTROYING_DOMAIN)).with(ToolstackSteps.unleash(s))));
            case Phase.DESTROYING_DOMAIN -> s.target() != Target.RUNNING ? List.empty()
                    : List.of(ToolstackSteps.next(s, "destination runs: destroy the source domain, remove its frontend paths",
                    "ocaml/xenopsd/xc/domain.ml destroy", destroyDomain(c, s).with(t.withPhase(Phase.DONE))));
            default -> List.empty();
        };
    }

    /** What xenopsd reads as every vbd being shut down. */
    private boolean acknowledged(TeardownState s) {
        return s.everyVbd(d -> {
            Visibility v = d.visibility();
            return mode == Mode.CLASSIC ? d.backendClosed() || !v.hotplugStatus() || !v.backendDir() : v.shutdownDone();
        });
    }

    /** Destroying the source removes the frontend paths still there, firing their devices' otherend watches. */
    private static TeardownState destroyDomain(Configuration c, TeardownState s) {
        TeardownState out = s;
        for (DeviceView d : s.views()) {
            if (d.visibility().frontendDir()) {
                out = out.withVbd(d.index(), d.vbd().with(d.visibility().frontendDirRemoved()))
                        .with(ToolstackSteps.otherendWatched(out, d.index())
                                ? out.xenwatch().otherendFires(WatchEvent.FRONTEND_GONE, d.index(), c.driver().otherendDropsPendingEvents())
                                : out.xenwatch());
            }
        }
        return out;
    }

    @Override
    public Hotplug hotplug() {
        return Hotplug.HOTPLUG_KEY;
    }

    @Override
    public Step unpause() {
        return new Step(Actor.TARGET, "destination: VM receive completes, domain unpaused; blkfront re-issues its requests",
                "ocaml/xenopsd/lib/xenops_server.ml VM_receive_memory; drivers/block/xen-blkfront.c blkif_recover");
    }

    @Override
    public String reliesOn() {
        return mode == Mode.CLASSIC
                ? "Closed or the hotplug key's removal (neither waits for in-flight bios in upstream blkback: 'no signal that backend has flushed'),"
                + " a 30 s wait whose result is ignored, and the storage deactivate (assumed here: " + deactivate.id() + ")"
                : "shutdown-done, written by the XenServer blkback lineage after its drain; but the 30 s wait carries on without it,"
                + " and then only the storage deactivate (assumed here: " + deactivate.id() + ") stands between a slow disk and the target";
    }

    @Override
    public Driver usualDriver() {
        return mode == Mode.CLASSIC ? Driver.UPSTREAM : Driver.PATCHED;
    }

    @Override
    public String toString() {
        return id();
    }
}
