package teardown.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.checker.StateGraph;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.Teardown;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.model.xenbus.WatchEvent;

/**
 * Several devices sharing one xenwatch, and bystander guests: the blast radius of a driver whose
 * remove waits on xenwatch. The expectations are the docs' (docs/model/properties.md#bystanders-progress),
 * not the checker's: a hung first disk must hold up the second device and the bystander exactly
 * when the driver waits on xenwatch.
 */
class SeveralDevicesTest {

    private static Configuration hungThenHealthy(Driver d, Toolstack x, int bystanders) {
        return Configuration.of(d, x, Disk.HUNG).withDisks(List.of(Disk.HUNG, Disk.HEALTHY)).withBystanders(bystanders);
    }

    /** The dead ends of the graph in which the second device's teardown never started. */
    private static List<TeardownState> secondDeviceNeverRemoved(Configuration c) {
        StateGraph<TeardownState, Step> g = VariantCheck.run(c, List.of(PropertyId.XENWATCH_PROGRESS), VariantCheck.DEFAULT_MAX_STATES, p -> { }).graph();
        List<TeardownState> out = List.empty();
        for (int id = 0; id < g.size(); id++) {
            TeardownState s = g.state(id);
            if (g.isExpanded(id) && g.edges(id).isEmpty() && s.vbd(1).removes() == 0) {
                out = out.append(s);
            }
        }
        return out;
    }

    @Test
    void withThePostsPatchAHungDiskStallsTheTeardownOfTheGuestsOtherDisk() {
        List<TeardownState> stuck = secondDeviceNeverRemoved(hungThenHealthy(Driver.PATCHED, Toolstack.XEND31, 0));
        assertFalse(stuck.isEmpty(), "some run ends with the healthy device never removed");
        assertTrue(stuck.exists(s -> s.xenwatch().busyWith(0)
                && s.xenwatch().queue().exists(e -> e.event() == WatchEvent.FRONTEND_GONE && e.index() == 1)),
                "xenwatch is stuck in device 0's remove with device 1's event queued behind it");
    }

    @Test
    void upstreamNeverLetsOneDiskHoldUpAnother() {
        assertEquals(List.empty(), secondDeviceNeverRemoved(hungThenHealthy(Driver.UPSTREAM, Toolstack.XEND31, 0)),
                "xenwatch never waits, so the healthy device's remove always runs");
    }

    @Test
    void aBystanderWaitsForEverExactlyWhenXenwatchWaitsForTheHungDisk() {
        for (Driver d : List.of(Driver.STOCK, Driver.PATCHED, Driver.UPSTREAM_BLOCKING)) {
            assertEquals(Verdict.VIOLATED, verdict(hungThenHealthy(d, Toolstack.XEND31, 1), PropertyId.BYSTANDERS_PROGRESS), d.id());
        }
        for (Driver d : List.of(Driver.UNPATCHED, Driver.UPSTREAM)) {
            assertEquals(Verdict.HOLDS, verdict(hungThenHealthy(d, Toolstack.XEND31, 1), PropertyId.BYSTANDERS_PROGRESS), d.id());
        }
        assertEquals(Verdict.HOLDS, verdict(hungThenHealthy(Driver.PROPOSED, Toolstack.PROPOSED, 1), PropertyId.BYSTANDERS_PROGRESS));
        assertEquals(Verdict.HOLDS, verdict(Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY)
                .withDisks(List.of(Disk.HEALTHY, Disk.HEALTHY)).withBystanders(1), PropertyId.BYSTANDERS_PROGRESS), "healthy disks");
    }

    @Test
    void everyDevicesIoMustBeDoneBeforeTheTargetRuns() {
        // One slow device is enough for xend 3.1's timeout to unleash the target early.
        Configuration c = Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY).withDisks(List.of(Disk.HEALTHY, Disk.SLOW));
        var found = VariantCheck.run(c, List.of(PropertyId.NO_UNLEASH_BEFORE_IO_DONE), VariantCheck.DEFAULT_MAX_STATES, p -> { })
                .properties().head();
        assertEquals(Verdict.VIOLATED, found.verdict());
        TeardownState end = found.trace().get().last();
        assertTrue(end.vbd(0).ioDone(c.driver()) && !end.vbd(1).ioDone(c.driver()),
                "the 30 s bound outlasts the healthy disk: only the slow device is still busy when the target runs");
        assertEquals(Verdict.HOLDS, verdict(c.withDisks(List.of(Disk.HEALTHY, Disk.HEALTHY)), PropertyId.NO_UNLEASH_BEFORE_IO_DONE));
    }

    @Test
    void everyStepOfAPerDeviceActorNamesItsDevice() {
        // An unnamed step of a per-device actor would fall outside every device's fairness.
        Configuration c = hungThenHealthy(Driver.UPSTREAM, Toolstack.XL, 1).withRequests(1);
        List<TeardownState> frontier = Teardown.initialStates(c);
        java.util.Set<TeardownState> seen = new java.util.HashSet<>(frontier.asJava());
        int steps = 0;
        while (!frontier.isEmpty()) {
            TeardownState s = frontier.head();
            frontier = frontier.tail();
            for (var x : Teardown.successors(c, s)) {
                steps++;
                if (x.step().actor().perInstance()) {
                    assertTrue(x.step().index() >= 0, x.step() + " has no device");
                }
                if (seen.add(x.next())) {
                    frontier = frontier.prepend(x.next());
                }
            }
        }
        assertTrue(steps > 1000, "walked " + steps + " steps");
    }

    @Test
    void aThreadWaitingOnXenwatchForAnotherDevicesDiskIsStuckButNotACycle() {
        // The semaphore held across the patch's wait (hazard dev-sem-across-wait) holds up the
        // healthy device's blkback_close: a chain that ends at the hung disk.
        Configuration c = hungThenHealthy(Driver.PATCHED, Toolstack.XENOPSD_SHUTDOWN, 0).withRequests(1)
                .withHazards(io.vavr.collection.TreeSet.of(teardown.model.Hazard.DEV_SEM_ACROSS_WAIT));
        var found = VariantCheck.run(c, List.of(PropertyId.NO_DEADLOCK), VariantCheck.DEFAULT_MAX_STATES, p -> { }).properties().head();
        assertEquals(Verdict.VIOLATED, found.verdict());
        TeardownState end = found.trace().get().last();
        assertFalse(Blockage.isCycle(end), Blockage.describe(c, end));
        assertTrue(Blockage.describe(c, end).contains("xenblkd[1] waits for blkback_dev_sem"), Blockage.describe(c, end));
    }

    @Test
    void identicalDevicesGiveTheOneDeviceVerdicts() {
        for (Driver d : List.of(Driver.STOCK, Driver.UNPATCHED, Driver.PATCHED, Driver.UPSTREAM)) {
            Configuration one = Configuration.of(d, Toolstack.XEND31, Disk.HUNG);
            VariantResult single = VariantCheck.run(one);
            VariantResult two = VariantCheck.run(one.withDisks(List.of(Disk.HUNG, Disk.HUNG)));
            assertEquals(single.properties().map(o -> o.verdict()), two.properties().map(o -> o.verdict()), d.id());
            assertTrue(two.statistics().states() > single.statistics().states());
        }
    }

    @Test
    void tracesNameTheDeviceOfEachStep() {
        Configuration c = hungThenHealthy(Driver.PATCHED, Toolstack.XEND31, 1);
        TeardownState s = Teardown.initialStates(c).get(4);
        List<String> who = Teardown.successors(c, s).map(x -> x.step().who());
        assertTrue(who.contains("xenblkd[0]") && who.contains("xenblkd[1]") && who.contains("bystander[0]"), who.toString());
        var trace = VariantCheck.run(c, List.of(PropertyId.BYSTANDERS_PROGRESS), VariantCheck.DEFAULT_MAX_STATES, p -> { })
                .properties().head().trace().get();
        String text = TraceText.render(trace);
        assertTrue(text.contains("vbds[0].") && text.contains("bystander[0]"), text);
        assertEquals("patched/xend31/hung,healthy/bystanders=1", c.label());
    }

    private static Verdict verdict(Configuration c, PropertyId p) {
        return VariantCheck.run(c, List.of(p), VariantCheck.DEFAULT_MAX_STATES, x -> { }).properties().head().verdict();
    }
}
