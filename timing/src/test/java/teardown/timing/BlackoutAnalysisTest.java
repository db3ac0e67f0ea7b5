package teardown.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;

/**
 * Configurations whose best and worst blackout can be worked out by hand: one request, the CPU
 * steps made free, so only the steps on the one slow path count.
 */
class BlackoutAnalysisTest {

    /** Kernel steps take no time; everything else has a wide, easy interval. */
    static final TimingTable HAND = TimingTable.defaults().override("""
            kernel.cpu = 0
            kernel.xenstore = 0
            network.message = 0
            toolstack.xenstore = 10ms..20ms
            toolstack.destroy-domain = 1..2
            toolstack.destroy-domain.per-gib = 0
            udev.hotplug-cleanup = 100ms..200ms
            toolstack.poll = 0..100ms
            target.unpause = 200ms..500ms
            disk.healthy = 5..10
            """);

    static Configuration oneRequest(Driver d, Toolstack x, Disk k) {
        return new Configuration(d, x, k, 1, TreeSet.empty());
    }

    static final double EPS = 1e-9;

    @Test
    void stockDrainsOnXenwatchAndXendWaitsForIt() {
        // destroyDomain [1,2] starts remove, which waits on xenwatch for the request in flight since
        // the suspend (done at [5,10]); then udev [0.1,0.2], the next poll [0,0.1], the target [0.2,0.5].
        Blackout b = BlackoutAnalysis.analyse(oneRequest(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY), HAND, 4);
        assertEquals(5 + 0.1 + 0 + 0.2, b.best(), EPS);
        assertEquals(10 + 0.2 + 0.1 + 0.5, b.worst(), EPS);
        // In the worst run remove starts when destroyDomain ends (2) and returns when the disk does (10).
        assertEquals(10 - 2, b.xenwatchWorst(), EPS);
        assertTrue(b.complete());
        // The critical path runs through the disk, not through destroyDomain.
        List<TimedStep> critical = b.worstRun().filter(TimedStep::critical);
        assertTrue(critical.exists(s -> s.step().actor().id().equals("disk")), b.worstRun().mkString("\n"));
        assertFalse(critical.exists(s -> s.key().equals(TimingTable.DESTROY)), b.worstRun().mkString("\n"));
        assertEquals(b.worst(), b.worstRun().last().end(), EPS);
    }

    @Test
    void aHungDiskLeavesOnlyXendsTimeoutAndHangsXenwatch() {
        Blackout b = BlackoutAnalysis.analyse(oneRequest(Driver.STOCK, Toolstack.XEND31, Disk.HUNG), HAND, 4);
        // destroyDomain, then the 30 s deadline from the start of the wait, then the target.
        assertEquals(1 + 30 + 0.2, b.best(), EPS);
        assertEquals(2 + 30 + 0.5, b.worst(), EPS);
        assertTrue(Blackout.never(b.xenwatchWorst()));
        assertTrue(b.worstRun().exists(s -> s.key().equals("timeout.xend") && s.critical()));
    }

    @Test
    void destructionCountsOnlyWhereItComesBeforeTheUnleash() {
        TimingTable perGib = HAND.override("toolstack.destroy-domain.per-gib = 0.5");
        Configuration xend31 = oneRequest(Driver.UPSTREAM, Toolstack.XEND31, Disk.HEALTHY);
        // upstream never waits: destroyDomain, udev, poll, target; 0.5 s per GiB on destroyDomain.
        assertEquals(1 + 0.5 * 16 + 0.1 + 0.2, BlackoutAnalysis.analyse(xend31, perGib, 16).best(), EPS);
        assertEquals(2 + 0.5 * 16 + 0.2 + 0.1 + 0.5, BlackoutAnalysis.analyse(xend31, perGib, 16).worst(), EPS);
        // The post's xend releases the devices [0.01,0.02], polls, unleashes, and destroys only afterwards.
        Configuration patched = oneRequest(Driver.UPSTREAM, Toolstack.XENDPATCHED, Disk.HEALTHY);
        Blackout small = BlackoutAnalysis.analyse(patched, perGib, 1);
        Blackout large = BlackoutAnalysis.analyse(patched, perGib, 64);
        assertEquals(0.01 + 0 + 0.2, small.best(), EPS);
        assertEquals(0.02 + 0.1 + 0.5, small.worst(), EPS);
        assertEquals(small.worst(), large.worst(), EPS);
    }

    @Test
    void aTimeoutThatCannotWinInTimeIsNotARun() {
        // Untimed, xend 3.1's timeout may fire while the unpatched driver's directory is still there;
        // in time the directory is gone within a second, long before 30 s, so no run times out.
        Blackout b = BlackoutAnalysis.analyse(oneRequest(Driver.UNPATCHED, Toolstack.XEND31, Disk.HUNG), HAND, 4);
        assertTrue(b.worst() < 30, "worst " + b.worst());
        assertFalse(b.worstRun().exists(s -> s.key().startsWith("timeout.")));
    }

    @Test
    void aBoundedWaitThatAbortsEndsTheBlackoutAtItsDeadline() {
        // The proposed sender waits at most LIBXL_DESTROY_TIMEOUT (10 s) for an honest Closed and
        // aborts visibly: the guest's pause ends at the abort, not never.
        Blackout hung = BlackoutAnalysis.analyse(oneRequest(Driver.PROPOSED, Toolstack.PROPOSED, Disk.HUNG), TimingTable.defaults(), 64);
        assertTrue(hung.worst() >= 10 && hung.worst() < 11, "worst " + hung.worst());
        assertTrue(hung.worstRun().exists(s -> s.key().equals("timeout.libxl") && s.critical()), hung.worstRun().mkString("\n"));
        // On a healthy disk it waits only for the I/O, never for the destruction: memory does not matter.
        Configuration healthy = oneRequest(Driver.PROPOSED, Toolstack.PROPOSED, Disk.HEALTHY);
        double small = BlackoutAnalysis.analyse(healthy, TimingTable.defaults(), 1).worst();
        assertEquals(small, BlackoutAnalysis.analyse(healthy, TimingTable.defaults(), 64).worst(), EPS);
        assertTrue(small < 1, "worst " + small);
    }

    @Test
    void theTableOnlyMeetsFallbacksForStepsItDoesNotKnow() {
        for (Driver d : Driver.values()) {
            for (Toolstack x : Toolstack.values()) {
                assertEquals(List.empty(), BlackoutAnalysis.analyse(Configuration.of(d, x, Disk.SLOW), TimingTable.defaults(), 4).fallbacks());
            }
        }
    }

    @Test
    void aLongerStepCanShrinkTheWorstCaseByLosingARace() {
        // The post's patch with xend 3.1: with every step at its longest, xenblkd takes
        // blkback_dev_sem first and writes shutdown-done, so xenwatch later frees the device.
        // With kernel.xenstore 1 % longer xenblkd loses that race, has nothing to write and does
        // the last release itself: the remove callback, on the critical path, ends 2 ms sooner.
        Configuration c = new Configuration(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, 1, TreeSet.empty());
        TimingTable defaults = TimingTable.defaults();
        Blackout before = BlackoutAnalysis.analyse(c, defaults, 4);
        Blackout after = BlackoutAnalysis.analyse(c, defaults.with("kernel.xenstore", new Interval(50e-6, 2.02e-3)), 4);
        assertTrue(after.worst() < before.worst(), before.worst() + " then " + after.worst());
        assertTrue(before.worstRun().exists(s -> s.step().name().contains("write shutdown-done")));
        assertFalse(after.worstRun().exists(s -> s.step().name().contains("write shutdown-done")));
    }
}
