package teardown.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static teardown.properties.Verdicts.counterexample;
import static teardown.properties.Verdicts.verdict;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.checker.Path;
import teardown.checker.Verdict;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;

/**
 * The seed post's own scenario: the verdicts the model gives and the steps that decide them.
 * Each would flip if the model lost what the post is about (the early return, or the patch's wait).
 */
class SeedScenarioTest {

    private static List<String> names(Path<TeardownState, Step> p) {
        return p.steps().map(t -> t.step().name());
    }

    @Test
    void unpatchedBackendVanishesWhileTheThreadStillDrains() {
        Path<TeardownState, Step> trace = counterexample(Driver.UNPATCHED, Toolstack.XEND31, Disk.HEALTHY,
                PropertyId.NO_VANISH_BEFORE_IO_DONE);
        List<String> steps = names(trace);
        // The post's analysis, step by step: backend_release returns at once, then the device leaves sysfs.
        assertTrue(steps.exists(s -> s.startsWith("kthread_remove")));
        assertTrue(steps.exists(s -> s.startsWith("backend_release: not the last reference")));
        assertTrue(steps.last().contains("device_del: sysfs device removed"), "the decisive step removes the sysfs device");
        TeardownState end = trace.last();
        assertFalse(end.vbd(0).visibility().sysfsDevice());
        assertFalse(end.ioDone(Driver.UNPATCHED));
        assertEquals(6, trace.length(), "shortest: destroyDomain, event, kthread_remove, dev_sem, release, device_del");
    }

    @Test
    void unpatchedLetsTheTargetRunBeforeSourceWritesLanded() {
        Path<TeardownState, Step> trace = counterexample(Driver.UNPATCHED, Toolstack.XEND31, Disk.HEALTHY,
                PropertyId.NO_UNLEASH_BEFORE_IO_DONE);
        List<String> steps = names(trace);
        assertTrue(steps.exists(s -> s.startsWith("xen-hotplug-cleanup")), "udev removes the directory xend polls");
        assertTrue(steps.exists(s -> s.startsWith("testDeviceComplete: no listed device")), "so xend stops waiting");
        assertFalse(steps.exists(s -> s.contains("timeout")), "no timeout needed: the directory really is gone");
        assertFalse(trace.last().ioDone(Driver.UNPATCHED));
    }

    @Test
    void thePatchedDriverKeepsTheBackendVisibleUntilIoIsDone() {
        assertEquals(Verdict.HOLDS, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_VANISH_BEFORE_IO_DONE));
        // Without the wait on be->wq it is the unpatched verdict: violated.
        assertEquals(Verdict.VIOLATED, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_VANISH_BEFORE_IO_DONE,
                Mutant.PATCH_WITHOUT_WAIT));
        assertEquals(Verdict.VIOLATED, verdict(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_UNLEASH_BEFORE_IO_DONE,
                Mutant.UNLEASH_BEFORE_POLL));
        assertEquals(Verdict.HOLDS, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_UNLEASH_BEFORE_IO_DONE));
        assertEquals(Verdict.HOLDS, verdict(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_VANISH_BEFORE_IO_DONE));
    }

    @Test
    void thePostsXendUnleashesBeforeIoIsDoneWhateverTheDriver() {
        for (Driver d : Driver.values()) {
            Path<TeardownState, Step> trace = counterexample(d, Toolstack.XENDPATCHED, Disk.HEALTHY, PropertyId.NO_UNLEASH_BEFORE_IO_DONE);
            List<String> steps = names(trace);
            assertTrue(steps.head().startsWith("_releaseDevices(force=True)"), d.id() + ": the force release comes first");
            assertTrue(steps.exists(s -> s.startsWith("testDeviceComplete(io_done=True)")),
                    d.id() + ": the shutdown-done poll finds no listed device");
            assertTrue(steps.exists(s -> s.startsWith("sock.shutdown(2)")));
        }
    }

    @Test
    void xendDeletingTheDirectoryItselfIsNotTheBackendVanishing() {
        // The patched backend still keeps its own footprint until the drain is done...
        assertEquals(Verdict.HOLDS, verdict(Driver.PATCHED, Toolstack.XENDPATCHED, Disk.HEALTHY, PropertyId.NO_VANISH_BEFORE_IO_DONE));
        // ...and the unpatched one still does not, whoever deleted the directory.
        Path<TeardownState, Step> trace = counterexample(Driver.UNPATCHED, Toolstack.XENDPATCHED, Disk.HEALTHY,
                PropertyId.NO_VANISH_BEFORE_IO_DONE);
        assertTrue(names(trace).last().startsWith("device_del"), "it is the sysfs device that goes early");
    }

    @Test
    void aHungDiskMakesXend31CarryOnAfterItsTimeoutEvenWithTheStockDriver() {
        Path<TeardownState, Step> trace = counterexample(Driver.STOCK, Toolstack.XEND31, Disk.HUNG, PropertyId.NO_UNLEASH_BEFORE_IO_DONE);
        assertTrue(names(trace).exists(s -> s.contains("30 s timeout")));
        assertTrue(trace.last().toolstack().timedOut());
    }

    @Test
    void upstreamNeverBlocksXenwatchButNoLongerKeepsTheInvariantXendReliedOn() {
        assertEquals(Verdict.HOLDS, verdict(Driver.UPSTREAM, Toolstack.XEND31, Disk.HUNG, PropertyId.XENWATCH_PROGRESS));
        assertEquals(Verdict.VIOLATED, verdict(Driver.UPSTREAM, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_VANISH_BEFORE_IO_DONE));
    }

    @Test
    void noDriverUsesFreedMemoryOrDeadlocksWithoutHazards() {
        for (Driver d : Driver.values()) {
            // xendintent waits, with no timeout, for a shutdown-done that may never come: its own test below.
            for (Toolstack x : List.of(Toolstack.values()).filter(t -> t != Toolstack.XENDINTENT && t.cannotDrive(d).isEmpty())) {
                for (Disk k : Disk.values()) {
                    assertEquals(Verdict.HOLDS, verdict(d, x, k, PropertyId.NO_USE_AFTER_FREE), d + "/" + x + "/" + k);
                    assertEquals(Verdict.HOLDS, verdict(d, x, k, PropertyId.NO_DEADLOCK), d + "/" + x + "/" + k);
                }
            }
        }
        // The same checks do find a use after free and a deadlock where the hazards put them.
        assertTrue(counterexample(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_USE_AFTER_FREE, Hazard.DOUBLE_REMOVE)
                .last().fault().get().startsWith("second remove"));
        assertTrue(counterexample(Driver.UPSTREAM, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_USE_AFTER_FREE, Hazard.DANGLING_XENBLKD)
                .last().faulted());
        assertTrue(Blockage.isCycle(counterexample(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK,
                Hazard.SELF_STOP).last()));
    }

    @Test
    void thePostsXendAsMeantWaitsForEverForAShutdownDoneStockNeverWrites() {
        Path<TeardownState, Step> trace = counterexample(Driver.STOCK, Toolstack.XENDINTENT, Disk.HEALTHY, PropertyId.NO_DEADLOCK);
        TeardownState end = trace.last();
        assertEquals(teardown.model.toolstack.ToolstackProgress.Phase.POLLING_SHUTDOWN_DONE, end.toolstack().phase());
        assertFalse(end.vbd(0).visibility().shutdownDone(), "stock blkback has no shutdown-done to write");
        assertTrue(end.vbd(0).ring(0).xenblkd().phase().gone() && end.vbd(0).blkif().freed(),
                "the kernel side finished: only the toolstack waits");
    }
}
