package teardown.model;

import teardown.model.toolstack.Toolstack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;
import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Requests;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.Xenwatch;
import teardown.model.toolstack.ToolstackProgress;

/**
 * The model's vocabulary: the ids the command line, the JSON and the pinned tables use, the
 * classifications the properties rely on (which disks complete, which phases poll or hold
 * xenwatch_mutex), and the small record operations, each pinned so a slip is caught here first.
 */
class VocabularyTest {

    @Test
    void idsAreLowerCaseWithDashes() {
        assertEquals("other-device", Actor.OTHER_DEVICE.id());
        assertEquals("healthy", Disk.HEALTHY.id());
        assertEquals("unpatched", Driver.UNPATCHED.id());
        assertEquals("xendpatched", Toolstack.XENDPATCHED.id());
        assertEquals("wait-ignores-remove-request", Hazard.WAIT_IGNORES_REMOVE_REQUEST.id());
        assertEquals("udev-cleanup-before-remove-returns", Mutant.UDEV_CLEANUP_BEFORE_REMOVE_RETURNS.id());
        assertEquals("frontend-connected", WatchEvent.FRONTEND_CONNECTED.id());
        assertEquals("backend-gone", WatchEvent.BACKEND_GONE.toString());
        assertEquals("xenblkd: vbd_sync", new Step(Actor.XENBLKD, "vbd_sync", "f").toString());
    }

    @Test
    void everyChoiceDescribesItself() {
        List<String> descriptions = List.of(Disk.values()).map(Disk::description)
                .appendAll(List.of(Driver.values()).map(Driver::description))
                .appendAll(List.of(Toolstack.values()).map(Toolstack::description))
                .appendAll(List.of(Hazard.values()).map(Hazard::description))
                .appendAll(List.of(Mutant.values()).map(Mutant::description));
        assertTrue(descriptions.forAll(d -> d.length() > 20), descriptions.mkString("\n"));
        assertEquals(descriptions.size(), descriptions.distinct().size(), "no two alike");
    }

    @Test
    void disksCompleteOrNot() {
        assertEquals(List.of(Disk.HEALTHY, Disk.SLOW), List.of(Disk.values()).filter(Disk::completes));
        assertEquals(List.of(Disk.HEALTHY, Disk.HUNG, Disk.SLOW), List.of(Disk.values()).filter(Disk::isStandard));
        assertEquals(List.of(Driver.UNPATCHED, Driver.PATCHED), List.of(Driver.values()).filter(Driver::isVendor));
    }

    @Test
    void hazardsAndMutantsNameTheDriversWhoseCodeTheyChange() {
        assertEquals(List.of(Driver.PATCHED), Hazard.DEV_SEM_ACROSS_WAIT.drivers().toList());
        assertTrue(Hazard.EBUSY_REF_LEAK.appliesTo(Driver.UPSTREAM) && !Hazard.EBUSY_REF_LEAK.appliesTo(Driver.STOCK));
        assertEquals(List.of(Driver.STOCK, Driver.UNPATCHED, Driver.PATCHED, Driver.UPSTREAM), Hazard.DOUBLE_REMOVE.drivers().toList());
        assertEquals(List.of(Driver.UPSTREAM), Mutant.FREE_BEFORE_LAST_PUT.drivers().toList());
        assertEquals(Actor.WORKQUEUE, Mutant.FREE_BEFORE_LAST_PUT.actor());
        assertTrue(List.of(Mutant.values()).forAll(m -> !m.drivers().isEmpty()));
    }

    @Test
    void phasesSayWhatTheyHold() {
        assertEquals(List.of(ToolstackProgress.Phase.POLLING_HOTPLUG_STATUS, ToolstackProgress.Phase.POLLING_SHUTDOWN_DONE,
                ToolstackProgress.Phase.POLLING_AFTER_DESTROY, ToolstackProgress.Phase.WAITING_FOR_CLOSED, ToolstackProgress.Phase.WAITING_FOR_SHUTDOWN),
                List.of(ToolstackProgress.Phase.GUEST_SUSPENDING, ToolstackProgress.Phase.STATE_SENT, ToolstackProgress.Phase.POLLING_HOTPLUG_STATUS,
                        ToolstackProgress.Phase.CLOSING_SOCKET, ToolstackProgress.Phase.POLLING_SHUTDOWN_DONE, ToolstackProgress.Phase.UNLEASHING,
                        ToolstackProgress.Phase.DESTROYING, ToolstackProgress.Phase.POLLING_AFTER_DESTROY, ToolstackProgress.Phase.AWAITING_REPORT,
                        ToolstackProgress.Phase.WAITING_FOR_CLOSED, ToolstackProgress.Phase.WAITING_FOR_SHUTDOWN, ToolstackProgress.Phase.DEACTIVATING,
                        ToolstackProgress.Phase.HANDSHAKE, ToolstackProgress.Phase.DESTROYING_DOMAIN, ToolstackProgress.Phase.DONE)
                        .filter(ToolstackProgress.Phase::polling));
        assertFalse(Xenwatch.idle().inCallback());
        assertEquals(List.of(Kthread.Phase.WAITING_FOR_WORK, Kthread.Phase.DISPATCHING),
                List.of(Kthread.Phase.values()).filter(Kthread.Phase::inLoop));
        ToolstackProgress t = ToolstackProgress.stateSent().timeout(ToolstackProgress.Phase.CLOSING_SOCKET);
        assertTrue(t.timedOut());
        assertEquals(ToolstackProgress.Phase.CLOSING_SOCKET, t.phase());
        assertTrue(t.withPhase(ToolstackProgress.Phase.DONE).timedOut(), "a timeout is remembered");
    }

    @Test
    void recordOperationsCountAsTheKernelDoes() {
        assertEquals(new Requests(1, 2, 0), new Requests(2, 1, 0).consumeAndSubmit());
        assertEquals(new Requests(2, 0, 1), new Requests(2, 1, 0).completeOne());
        assertEquals(new BackendInfo(1, true, false), new BackendInfo(2, true, false).release());
        assertEquals(new BackendInfo(2, false, false), new BackendInfo(2, true, false).withoutDev());
        assertEquals(new BackendInfo(2, true, true), new BackendInfo(2, true, false).free());
        Blkif b = Blkif.connected(2);
        assertEquals(3, b.get().refcnt());
        assertEquals(1, b.put().refcnt());
        assertEquals(new Blkif(2, true, false, false, false, true), b.scheduleFree().free(), "freeing releases the device and settles the scheduled free");
        assertTrue(b.scheduleFree().freeScheduled());
        assertTrue(b.live() && !b.free().live() && !Blkif.none().live());
        Xenwatch w = Xenwatch.idle().enqueue(WatchEvent.FRONTEND_GONE, 0).enqueue(WatchEvent.OTHER_DEVICE, 0)
                .enqueue(WatchEvent.FRONTEND_GONE, 1).enqueue(WatchEvent.FRONTEND_GONE, 0);
        assertEquals("[other-device[0], frontend-gone[1]]", w.purge(WatchEvent.FRONTEND_GONE, 0).queue().mkString("[", ", ", "]"),
                "unregistering one device's watch drops only its events");
        assertEquals("[other-device[0], frontend-gone[1], frontend-gone[0]]", w.pop().queue().mkString("[", ", ", "]"));
        Xenwatch started = w.at(List.of(teardown.model.kernel.Frame.nextStep("remove")), 1);
        assertTrue(started.busyWith(1) && !started.busyWith(0));
        assertEquals(w.queue(), started.queue());
        assertEquals(0, started.at(List.empty(), 1).device(), "an idle xenwatch forgets whose callback it ran");
    }

    @Test
    void visibilityFollowsTheFootprint() {
        var v = teardown.model.hotplug.Visibility.connected();
        assertTrue(v.sysfsDevice() && v.backendDir() && v.hotplugStatus() && v.frontendDir() && !v.shutdownDone());
        var deleted = v.deviceDeleted();
        assertFalse(deleted.sysfsDevice());
        assertEquals(teardown.model.hotplug.Visibility.Uevent.PENDING, deleted.uevent());
        assertTrue(deleted.backendDir() && deleted.hotplugStatus(), "device_del leaves xenstore alone");
        var removed = deleted.backendDirRemoved();
        assertFalse(removed.backendDir() || removed.hotplugStatus() || removed.deletedByToolstack());
        var forced = v.backendDirDeletedByToolstack();
        assertTrue(forced.deletedByToolstack() && !forced.backendDir() && !forced.hotplugStatus());
        assertTrue(forced.backendDirRemoved().deletedByToolstack(), "udev finding nothing to remove keeps the record of who did");
        assertFalse(v.frontendDirRemoved().frontendDir());
        assertEquals(teardown.model.hotplug.Visibility.Uevent.HANDLED, deleted.ueventHandled().uevent());
    }
}
