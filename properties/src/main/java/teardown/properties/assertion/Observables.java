package teardown.properties.assertion;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import teardown.model.Disk;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Ring;
import teardown.model.guest.Guest;
import teardown.model.hotplug.Visibility;
import teardown.model.kernel.Frame;
import teardown.model.kernel.Module;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.XenbusState;

/**
 * Every observable an assertion can name, in the model's own words (docs/model/actors.md), with
 * the source each stands for. {@code teardown observables} lists them; docs/assert.md explains
 * how to use them. Most read one field of the state; a few, marked "derived", are the model's own
 * definitions that the built-in properties use (a device's I/O done, its release).
 */
public final class Observables {

    private Observables() {
    }

    // ---- the enumerations ----

    /** Names as Linux's xenbus_strstate prints them (drivers/xen/xenbus/xenbus_client.c). */
    public static final Type XENBUS_STATE = Type.enumeration("xenbus state", List.of("Unknown", "Initialising", "InitWait",
            "Initialised", "Connected", "Closing", "Closed", "Reconfiguring", "Reconfigured"));
    public static final Type XENBLKD_PHASE = Type.enumeration("xenblkd phase", ids(Kthread.Phase.values()));
    public static final Type TOOLSTACK_PHASE = Type.enumeration("toolstack phase", toolstackPhases());
    public static final Type TARGET_STATE = Type.enumeration("target state", ids(Target.values()));
    public static final Type GUEST_STATE = Type.enumeration("guest state", ids(Guest.values()));
    public static final Type UEVENT = Type.enumeration("uevent state", ids(Visibility.Uevent.values()));
    public static final Type WAIT = Type.enumeration("kind of wait", ids(Frame.WaitsFor.values()));
    public static final Type DISK = Type.enumeration("disk kind", ids(Disk.values()));

    public static final List<Type> ENUMERATIONS = List.of(XENBUS_STATE, XENBLKD_PHASE, TOOLSTACK_PHASE, TARGET_STATE, GUEST_STATE,
            UEVENT, WAIT, DISK);

    private static final String XENBUS_XS = "drivers/xen/xenbus/xenbus_xs.c";
    private static final String BLKBACK = "drivers/block/xen-blkback/blkback.c";
    private static final String BLKBACK_XENBUS = "drivers/block/xen-blkback/xenbus.c";
    private static final String VENDOR_XENBUS = "drivers/xen/blkback/xenbus.c";

    /** Every observable, in the order {@code teardown observables} lists them: global, then per device, then per ring. */
    public static final List<Observable> ALL = List.of(
            // ---- global ----
            global("xenwatch.busy", Type.BOOL, "xenwatch is inside a watch callback (it holds xenwatch_mutex)",
                    XENBUS_XS + " xenwatch_thread", (c, s, v, r) -> bit(s.xenwatch().inCallback())),
            global("xenwatch.queue", Type.COUNT, "watch events waiting in xenwatch's queue, for every device and guest",
                    XENBUS_XS + " watch_events (queued by process_msg, taken by xenwatch_thread)", (c, s, v, r) -> s.xenwatch().queue().size()),
            global("xenwatch.waits_for", WAIT, "what the callback xenwatch is in waits for where it stopped (nothing when idle or between steps)",
                    "kernel/kthread.c kthread_stop; " + VENDOR_XENBUS + " blkback_remove (the 2008 patch's wait_event, down(blkback_dev_sem));"
                            + " drivers/xen/blkback/interface.c blkif_disconnect (wait for refcnt == 0)",
                    (c, s, v, r) -> s.xenwatch().waitsFor().ordinal()),
            global("xenwatch.other_device_queued", Type.COUNT, "events of another dom0 device's watch waiting in xenwatch's queue",
                    XENBUS_XS + " watch_events", (c, s, v, r) -> s.xenwatch().queue().count(e -> e.event() == WatchEvent.OTHER_DEVICE)),
            global("bystanders.waiting", Type.COUNT, "bystander guests whose hot-plug or shutdown event waits for xenwatch",
                    "drivers/xen/xenbus/xenbus_probe_backend.c backend_changed (the bystander's vbd probed or removed on xenwatch)",
                    (c, s, v, r) -> s.bystanders().count(teardown.model.bystander.Bystander::waiting)),
            global("dev_sem.held", Type.BOOL, "the vendor tree's blkback_dev_sem is held by xenwatch across steps (hazard dev-sem-across-wait)",
                    VENDOR_XENBUS + " blkback_remove", (c, s, v, r) -> bit(s.devSem() == teardown.model.blkback.DevSem.HELD_BY_XENWATCH)),
            global("toolstack.phase", TOOLSTACK_PHASE, "where the source toolstack is (docs/model/toolstacks.md; a design's own phase matches no name)",
                    "tools/python/xen/xend/XendCheckpoint.py save; tools/xl/xl_migrate.c migrate_domain;"
                            + " tools/libs/light/libxl_device.c; ocaml/xenopsd/lib/xenops_server.ml VM_save",
                    (c, s, v, r) -> TOOLSTACK_PHASE.values().indexOf(s.toolstack().phase())),
            global("toolstack.polling", Type.BOOL, "the toolstack waits on something the backend shows (a phase polling-... or waiting-for-...)",
                    "tools/python/xen/xend/server/DevController.py testDeviceComplete; tools/libs/light/libxl_device.c device_backend_callback;"
                            + " ocaml/xenopsd/xc/device.ml Vbd.hard_shutdown_wait",
                    (c, s, v, r) -> bit(ToolstackProgress.Phase.polling(s.toolstack().phase()))),
            global("toolstack.timed_out", Type.BOOL, "a bounded wait of the toolstack gave up before the target was let go",
                    "xend's 30 s testDeviceComplete; libxl's 10 s wait for Closed; xenopsd's 30 s Vbd.hard_shutdown_wait",
                    (c, s, v, r) -> bit(s.toolstack().timedOut())),
            global("toolstack.aborted", Type.BOOL, "the toolstack has given the migration up (reported it failed, or is undoing it"
                            + " to resume the source), so the target never runs",
                    "tools/xl/xl_migrate.c migrate_domain (its failure paths); the proposed sender's abort and drain cancel",
                    (c, s, v, r) -> bit(s.toolstack().aborted())),
            global("target.state", TARGET_STATE, "the migrated guest on the target host: waiting for the end of the stream, let go, or running",
                    "tools/python/xen/xend/XendCheckpoint.py restore; tools/xl/xl_migrate.c migrate_receive;"
                            + " ocaml/xenopsd/lib/xenops_server.ml VM_receive_memory", (c, s, v, r) -> s.target().ordinal()),
            global("guest.state", GUEST_STATE, "the guest on this host: running (or running again after an abort), suspended for a"
                            + " migration, paused by a destroy, or destroyed",
                    "tools/libs/light/libxl_domain.c libxl_domain_destroy; tools/python/xen/xend/XendDomainInfo.py destroyDomain;"
                            + " tools/libs/light/libxl_dom_suspend.c libxl_domain_resume (xl's 'migration failed, resuming at sender')",
                    (c, s, v, r) -> s.guest().ordinal()),
            global("module.loaded", Type.BOOL, "the blkback module is loaded (an administrator's rmmod unloads it)",
                    "kernel/module.c delete_module; " + BLKBACK + " xen_blkif_fini", (c, s, v, r) -> bit(s.module() == Module.LOADED)),
            global("kernel.fault", Type.BOOL, "a step used freed memory or a cleared pointer, where the kernel would oops (the run ends there)",
                    "the step that did it, named in the trace (no-use-after-free)", (c, s, v, r) -> bit(s.faulted())),
            global("migration.finished", Type.BOOL, "derived: the toolstack is done, did not abort, and the target runs",
                    "TeardownState.migrationFinished", (c, s, v, r) -> bit(s.migrationFinished())),
            global("migration.aborted", Type.BOOL, "derived: a clean, visible abort: the toolstack is done, reported the failure, and the target never ran",
                    "TeardownState.migrationAborted", (c, s, v, r) -> bit(s.migrationAborted())),
            global("run.settled", Type.BOOL, "derived: the toolstack has finished and xenwatch is idle with an empty queue",
                    "TeardownState.settled", (c, s, v, r) -> bit(s.settled())),
            global("run.torn_down", Type.BOOL, "derived: the run ended as intended and every device is released",
                    "TeardownState.tornDown", (c, s, v, r) -> bit(s.tornDown())),

            // ---- per device ----
            vbd("backend.state", XENBUS_STATE, "the backend's state node as a toolstack reads it (Unknown once the backend directory is gone)",
                    "drivers/xen/xenbus/xenbus_client.c xenbus_switch_state", (c, s, v, r) -> vis(s, v).backendState().ordinal()),
            vbd("backend.dir", Type.BOOL, "the backend directory (/local/domain/0/backend/vbd/DOMID/DEV) is in xenstore",
                    "tools/hotplug/Linux/xen-hotplug-cleanup; tools/libs/light/libxl_device.c libxl__device_destroy;"
                            + " tools/python/xen/xend/server/DevController.py destroyDevice", (c, s, v, r) -> bit(vis(s, v).backendDir())),
            vbd("backend.dir_deleted_by_toolstack", Type.BOOL, "the toolstack deleted the backend directory itself, not the hotplug"
                            + " cleanup: xend's forced destroy before the backend did anything, libxl's path removal after its wait for Closed",
                    "tools/python/xen/xend/server/DevController.py destroyDevice(force=True);"
                            + " tools/libs/light/libxl_device.c device_backend_callback, libxl__device_destroy",
                    (c, s, v, r) -> bit(vis(s, v).deletedByToolstack())),
            vbd("backend.dir_recreated", Type.BOOL, "a late write re-created the backend directory after it had been removed",
                    VENDOR_XENBUS + " blkback_close (xenbus_write of shutdown-done)", (c, s, v, r) -> bit(vis(s, v).recreated())),
            vbd("backend.hotplug_status", Type.BOOL, "the backend's hotplug-status node is present (xend and xenopsd wait for it to go)",
                    "tools/hotplug/Linux/block (writes it); tools/hotplug/Linux/xen-hotplug-cleanup (removes it)",
                    (c, s, v, r) -> bit(vis(s, v).hotplugStatus())),
            vbd("backend.shutdown_done", Type.BOOL, "the backend's shutdown-done node is present",
                    VENDOR_XENBUS + " blkback_close; ocaml/xenopsd/xc/device.ml Vbd.hard_shutdown_wait reads it",
                    (c, s, v, r) -> bit(vis(s, v).shutdownDone())),
            vbd("backend.online", Type.BOOL, "the backend's online node is set (toolstacks clear it before they close a device)",
                    BLKBACK_XENBUS + " frontend_changed (xenbus_dev_is_online)", (c, s, v, r) -> bit(vis(s, v).online())),
            vbd("backend.sysfs", Type.BOOL, "the backend's sysfs device exists",
                    "drivers/base/core.c device_register, device_del", (c, s, v, r) -> bit(vis(s, v).sysfsDevice())),
            vbd("backend.uevent", UEVENT, "the remove uevent: not sent, sent and waiting for udev, or handled",
                    "drivers/base/core.c device_del (KOBJ_REMOVE); tools/hotplug/Linux/xen-backend.rules", (c, s, v, r) -> vis(s, v).uevent().ordinal()),
            vbd("frontend.dir", Type.BOOL, "the frontend directory is in xenstore",
                    "tools/python/xen/xend/XendDomainInfo.py _removeDom; tools/libs/light/libxl_device.c libxl__device_destroy",
                    (c, s, v, r) -> bit(vis(s, v).frontendDir())),
            vbd("frontend.state", XENBUS_STATE, "the state blkfront last wrote into its state node",
                    "drivers/block/xen-blkfront.c blkback_changed, blkfront_closing (xenbus_switch_state)",
                    (c, s, v, r) -> s.vbd(v).frontend().state().ordinal()),
            vbd("frontend.in_use", Type.BOOL, "the guest has the disk open (mounted); blkfront before Linux 5.14 will not close it",
                    "drivers/block/xen-blkfront.c blkfront_closing", (c, s, v, r) -> bit(s.vbd(v).frontend().inUse())),
            vbd("blkif.refcnt", Type.COUNT, "references on the blkif",
                    "drivers/block/xen-blkback/common.h xen_blkif_get, xen_blkif_put; drivers/xen/blkback/common.h blkif_get, blkif_put",
                    (c, s, v, r) -> s.vbd(v).blkif().refcnt()),
            vbd("blkif.allocated", Type.BOOL, "the blkif was allocated (at probe)", BLKBACK_XENBUS + " xen_blkif_alloc",
                    (c, s, v, r) -> bit(s.vbd(v).blkif().allocated())),
            vbd("blkif.rings_allocated", Type.BOOL, "connect_ring has set up the blkif's rings, and no disconnect freed them",
                    BLKBACK_XENBUS + " connect_ring, xen_blkif_disconnect", (c, s, v, r) -> bit(s.vbd(v).blkif().ringsAllocated())),
            vbd("blkif.vbd_open", Type.BOOL, "the backing block device is open",
                    BLKBACK_XENBUS + " xen_vbd_create, xen_vbd_free", (c, s, v, r) -> bit(s.vbd(v).blkif().vbdOpen())),
            vbd("blkif.free_scheduled", Type.BOOL, "the last reference's put queued the deferred free, not yet run",
                    "drivers/block/xen-blkback/common.h xen_blkif_put; " + BLKBACK_XENBUS + " xen_blkif_deferred_free",
                    (c, s, v, r) -> bit(s.vbd(v).blkif().freeScheduled())),
            vbd("blkif.freed", Type.BOOL, "the blkif is freed", BLKBACK_XENBUS + " xen_blkif_free; drivers/xen/blkback/interface.c blkif_free",
                    (c, s, v, r) -> bit(s.vbd(v).blkif().freed())),
            vbd("be.refcnt", Type.COUNT, "references on backend_info (the vendor tree's be->refcnt; 1 in the other drivers)",
                    VENDOR_XENBUS + " backend_release", (c, s, v, r) -> s.vbd(v).be().refcnt()),
            vbd("be.dev", Type.BOOL, "backend_info's dev still points at the xenbus device", VENDOR_XENBUS + " blkback_remove (be->dev = NULL)",
                    (c, s, v, r) -> bit(s.vbd(v).be().dev())),
            vbd("be.allocated", Type.BOOL, "probe allocated backend_info", BLKBACK_XENBUS + " xen_blkbk_probe; " + VENDOR_XENBUS + " blkback_probe",
                    (c, s, v, r) -> bit(s.vbd(v).be().allocated())),
            vbd("be.freed", Type.BOOL, "backend_info is freed", BLKBACK_XENBUS + " xen_blkbk_remove (kfree(be)), since 4.12 xen_blkif_free",
                    (c, s, v, r) -> bit(s.vbd(v).be().freed())),
            vbd("vbd.removes", Type.COUNT, "how many times the driver's remove started on this device (2: a second, stale remove)",
                    "drivers/xen/xenbus/xenbus_probe.c xenbus_dev_remove", (c, s, v, r) -> s.vbd(v).removes()),
            vbd("vbd.in_callback", Type.BOOL, "xenwatch is inside a callback for this device", XENBUS_XS + " xenwatch_thread",
                    (c, s, v, r) -> bit(s.xenwatch().busyWith(v))),
            vbd("vbd.queued", Type.COUNT, "watch events for this device waiting in xenwatch's queue", XENBUS_XS + " watch_events",
                    (c, s, v, r) -> s.xenwatch().queue().count(e -> e.event().forVbd() && e.index() == v)),
            vbd("vbd.in_flight", Type.COUNT, "requests of this device in flight on the disk, on every ring",
                    BLKBACK + " dispatch_rw_block_io, end_block_io_op", (c, s, v, r) -> s.vbd(v).inFlight()),
            vbd("vbd.outstanding", Type.COUNT, "requests the guest issued on this device and has not seen answered, on every ring",
                    BLKBACK + " __do_block_io_op, make_response", (c, s, v, r) -> s.vbd(v).outstanding()),
            vbd("vbd.io_done", Type.BOOL, "derived: no request of this device is in flight and none can still be submitted, on any ring",
                    "Vbd.ioDone; " + BLKBACK + " xen_blkif_schedule, __do_block_io_op", (c, s, v, r) -> bit(s.vbd(v).ioDone(c.driver()))),
            vbd("vbd.evidence_gone", Type.BOOL, "derived: the backend's own footprint says the device is gone (sysfs device removed,"
                            + " backend directory removed by the hotplug cleanup, or shutdown-done written)",
                    "Vbd.evidenceSaysGone", (c, s, v, r) -> bit(s.vbd(v).evidenceSaysGone())),
            vbd("vbd.released", Type.BOOL, "derived: every thread has exited, blkif and backend_info are freed and udev handled the remove",
                    "Vbd.released", (c, s, v, r) -> bit(s.vbd(v).released())),
            vbd("vbd.serving", Type.BOOL, "derived: the device serves its guest: the backend reads Connected, every ring is mapped,"
                            + " and its xenblkd is started or in its loop (or stuck in a dead disk's submit_bio) and not asked to stop;"
                            + " after an abort, what source-resumes waits for",
                    "Vbd.serving; " + BLKBACK_XENBUS + " connect (Connected), xen_update_blkif_status (kthread_run); " + BLKBACK
                            + " xen_blkif_schedule", (c, s, v, r) -> bit(s.vbd(v).serving())),
            vbd("disk.kind", DISK, "the disk behind this device (the variant's --disk: constant in a run)", "docs/model/disks.md",
                    (c, s, v, r) -> c.disk(v).ordinal()),
            vbd("history.ran_before_io_done", Type.BOOL, "the target started running while this device's source I/O was not done",
                    "tools/xl/xl_migrate.c migrate_receive (unpause) against the source's requests", (c, s, v, r) -> bit(s.vbd(v).history().ranBeforeSourceIoDone())),
            vbd("history.target_wrote_again", Type.BOOL, "the target wrote again a block whose request it had re-issued",
                    "drivers/block/xen-blkfront.c blkif_recover, blkif_queue_request", (c, s, v, r) -> bit(s.vbd(v).history().targetWroteAgain())),
            vbd("history.lost_update", Type.BOOL, "a source write reached the disk after the target had written the same block again",
                    BLKBACK + " dispatch_rw_block_io (the late write) after the target's", (c, s, v, r) -> bit(s.vbd(v).history().lostUpdate())),

            // ---- per ring ----
            ring("ring.on_ring", Type.COUNT, "requests on the shared ring not yet consumed by xenblkd",
                    BLKBACK + " __do_block_io_op (RING_GET_REQUEST)", (c, s, v, r) -> ring(s, v, r).requests().onRing()),
            ring("ring.in_flight", Type.COUNT, "requests submitted to the disk and not completed, each holding a blkif reference",
                    BLKBACK + " dispatch_rw_block_io, end_block_io_op", (c, s, v, r) -> ring(s, v, r).requests().inFlight()),
            ring("ring.completed", Type.COUNT, "requests answered", BLKBACK + " make_response",
                    (c, s, v, r) -> ring(s, v, r).requests().completed()),
            ring("ring.unsent", Type.COUNT, "requests the running guest has still to put on the ring (scenario frontend-writes)",
                    "drivers/block/xen-blkfront.c blkif_queue_request", (c, s, v, r) -> ring(s, v, r).requests().unsent()),
            ring("ring.outstanding", Type.COUNT, "requests issued and not answered: on the ring or in flight",
                    BLKBACK + " __do_block_io_op, make_response", (c, s, v, r) -> ring(s, v, r).requests().outstanding()),
            ring("ring.mapped", Type.BOOL, "the shared ring is mapped and its event channel bound to an irq",
                    BLKBACK_XENBUS + " xen_blkif_map, xen_blkif_disconnect", (c, s, v, r) -> bit(ring(s, v, r).mapped())),
            ring("ring.active", Type.BOOL, "the ring is allocated and no disconnect has cleaned it up (ring->active since 4.12)",
                    BLKBACK_XENBUS + " xen_blkif_disconnect", (c, s, v, r) -> bit(ring(s, v, r).active())),
            ring("ring.leaked_threads", Type.COUNT, "threads still running whose pointer a second kthread_run overwrote (nobody can stop them)",
                    VENDOR_XENBUS + " connect_ring / update_blkif_status (kthread_run over a live pointer)", (c, s, v, r) -> ring(s, v, r).leaked()),
            ring("ring.can_submit", Type.BOOL, "derived: the ring's xenblkd may still submit a request: it is in its loop, the ring holds"
                            + " requests, and (where the driver checks kthread_should_stop) it was not asked to stop",
                    "Vbd.canStillSubmit; " + BLKBACK + " __do_block_io_op; drivers/xen/blkback/blkback.c do_block_io_op",
                    (c, s, v, r) -> bit(s.vbd(v).canStillSubmit(c.driver(), r))),
            ring("xenblkd.phase", XENBLKD_PHASE, "where the ring's xenblkd thread is in its life (docs/model/actors.md#the-kthreads-life)",
                    BLKBACK + " xen_blkif_schedule; drivers/xen/blkback/blkback.c blkif_schedule; kernel/kthread.c kthread",
                    (c, s, v, r) -> ring(s, v, r).xenblkd().phase().ordinal()),
            ring("xenblkd.alive", Type.BOOL, "derived: the thread exists and its function has not returned (its phase is neither none, exited nor reaped)",
                    "kernel/kthread.c kthread", (c, s, v, r) -> bit(alive(ring(s, v, r).xenblkd().phase()))),
            ring("xenblkd.pointer_set", Type.BOOL, "ring->xenblkd points at a thread (a pointer, not a reference on the task)",
                    BLKBACK_XENBUS + " xen_update_blkif_status (kthread_run), xen_blkif_disconnect (ring->xenblkd = NULL)",
                    (c, s, v, r) -> bit(ring(s, v, r).xenblkdSet())),
            ring("xenblkd.should_stop", Type.BOOL, "kthread_stop has set KTHREAD_SHOULD_STOP", "kernel/kthread.c kthread_stop, kthread_should_stop",
                    (c, s, v, r) -> bit(ring(s, v, r).xenblkd().shouldStop())),
            ring("xenblkd.remove_requested", Type.BOOL, "the vendor tree's blkif->remove_requested is set", VENDOR_XENBUS + " blkback_remove",
                    (c, s, v, r) -> bit(ring(s, v, r).xenblkd().removeRequested())),
            ring("xenblkd.stopper_waits", Type.BOOL, "a kthread_stop waits for this thread, holding its task", "kernel/kthread.c kthread_stop",
                    (c, s, v, r) -> bit(ring(s, v, r).xenblkd().stopperWaits())));

    /** The observable of this name, if there is one. */
    public static Option<Observable> find(String name) {
        return ALL.find(o -> o.name().equals(name));
    }

    /** The known names closest to a misspelt one (edit distance, then a shared prefix), at most {@code n}. */
    public static List<String> nearest(String name, int n) {
        return ALL.map(Observable::name)
                .sortBy(known -> distance(known, name) - (known.startsWith(prefix(name)) ? 1 : 0))
                .take(n);
    }

    /** The enumerations with a value of this name, in the order of {@link #ENUMERATIONS}. */
    public static List<Type> enumerationsNaming(String word) {
        return ENUMERATIONS.filter(t -> t.valueOf(word).isDefined());
    }

    private static String prefix(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot + 1);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    private static Observable global(String name, Type type, String meaning, String source, Observable.Reader reader) {
        return new Observable(name, type, Scope.GLOBAL, meaning, source, reader);
    }

    private static Observable vbd(String name, Type type, String meaning, String source, Observable.Reader reader) {
        return new Observable(name, type, Scope.VBD, meaning, source, reader);
    }

    private static Observable ring(String name, Type type, String meaning, String source, Observable.Reader reader) {
        return new Observable(name, type, Scope.RING, meaning, source, reader);
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    private static Visibility vis(teardown.model.TeardownState s, int v) {
        return s.vbd(v).visibility();
    }

    private static Ring ring(teardown.model.TeardownState s, int v, int r) {
        return s.vbd(v).ring(r);
    }

    private static boolean alive(Kthread.Phase p) {
        return p != Kthread.Phase.NONE && !p.gone();
    }

    private static List<String> ids(Enum<?>[] values) {
        return List.of(values).map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** The built-in toolstacks' phases, as {@link ToolstackProgress.Phase} declares them. */
    private static List<String> toolstackPhases() {
        List<String> phases = List.empty();
        for (Field f : ToolstackProgress.Phase.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    phases = phases.append((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return phases;
    }
}
