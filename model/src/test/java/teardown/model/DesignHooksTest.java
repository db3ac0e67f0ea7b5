package teardown.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;
import teardown.model.blkback.VendorBlkback;
import teardown.model.blkback.VendorRemove;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;
import teardown.model.toolstack.Toolstack;

/**
 * The model's hooks for a reviewer's design (docs/extending.md): a driver declares its hazards, a
 * bounded wait of the driver's code on xenwatch runs out only as the model's other bounded waits
 * do, a step function that throws is reported with whose code ran, and the catalogue refuses ids
 * that would be ambiguous on the command line.
 */
class DesignHooksTest {

    /** The post's patched driver whose wait for xenblkd runs out, as examples/PatchedWithTimeout.java has it. */
    static class Bounded extends VendorBlkback {
        static final String WAIT = "blkback_remove: wait_event_timeout(be->wq, xenblkd == NULL, 30 * HZ)";

        private final boolean declaresHazards;

        Bounded(boolean declaresHazards) {
            super(true);
            this.declaresHazards = declaresHazards;
        }

        @Override
        public String id() {
            return "bounded";
        }

        @Override
        public Set<Hazard> hazards() {
            return declaresHazards ? Driver.PATCHED.hazards() : super.hazards();
        }

        @Override
        protected Run waitForXenblkd(Configuration c, Run r) {
            return r.waitAt(WAIT, WaitsFor.THREAD_SIGNAL, 0);
        }

        @Override
        public List<Run> resume(Configuration c, Run r) {
            if (!r.top().at().equals(WAIT)) {
                return super.resume(c, r);
            }
            return r.state().ring().xenblkdSet() ? List.empty() : List.of(VendorRemove.afterWait(c, r.resumed().did("signalled", "test")));
        }

        @Override
        public List<Run> timedOut(Configuration c, Run r) {
            return r.top().at().equals(WAIT) ? List.of(VendorRemove.afterWait(c, r.resumed().did("30 s timeout", "test"))) : List.empty();
        }
    }

    @Test
    void aDesignHasNoHazardUnlessItSaysSo() {
        assertTrue(Hazard.DEV_SEM_ACROSS_WAIT.appliesTo(Driver.PATCHED));
        assertEquals(TreeSet.empty(), new Bounded(false).hazards(), "a subclass is not the built-in it extends");
        assertFalse(Hazard.SELF_STOP.appliesTo(new Bounded(false)));
        assertTrue(Hazard.SELF_STOP.appliesTo(new Bounded(true)));
        assertEquals(Driver.PATCHED.hazards(), new Bounded(true).hazards());
        // the built-ins' lists are unchanged
        assertEquals(List.of(Driver.STOCK, Driver.UNPATCHED, Driver.PATCHED, Driver.UPSTREAM), Hazard.DOUBLE_REMOVE.drivers().toList());
    }

    /** Every state reachable from the initial ones, breadth first. */
    private static List<TeardownState> reachable(Configuration c) {
        java.util.Set<TeardownState> seen = new java.util.HashSet<>(Teardown.initialStates(c).asJava());
        java.util.ArrayDeque<TeardownState> queue = new java.util.ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            for (Successor x : Teardown.successors(c, queue.poll())) {
                if (seen.add(x.next())) {
                    queue.add(x.next());
                }
            }
        }
        return List.ofAll(seen);
    }

    private static boolean timesOut(Successor x) {
        return x.step().actor() == Actor.XENWATCH && x.step().name().contains("30 s timeout");
    }

    @Test
    void aBoundedWaitOnAHealthyDiskRunsOutOnlyWhenNothingElseCanMove() {
        Configuration healthy = Configuration.of(new Bounded(false), Toolstack.XEND31, Disk.HEALTHY);
        for (TeardownState s : reachable(healthy)) {
            List<Successor> steps = Teardown.successors(healthy, s);
            List<Actor> kernel = List.of(Actor.XENWATCH, Actor.XENBLKD, Actor.DISK, Actor.WORKQUEUE, Actor.UDEV, Actor.BLKFRONT, Actor.TARGET);
            assertTrue(steps.filter(DesignHooksTest::timesOut).isEmpty() || steps.forAll(x -> timesOut(x) || !kernel.contains(x.step().actor())),
                    "a timeout beside a kernel step: " + steps);
        }
        // with the hazard that makes xenblkd wait for xenwatch, the bound is what ends the cycle
        Configuration cycle = healthy.withDriver(new Bounded(true)).withHazards(TreeSet.of(Hazard.CLOSE_UNREGISTERS_WATCH));
        assertTrue(reachable(cycle).exists(s -> Teardown.successors(cycle, s).exists(DesignHooksTest::timesOut)));
    }

    @Test
    void aBoundedWaitOnAHungDiskMayRunOutAtAnyTime() {
        Configuration hung = Configuration.of(new Bounded(false), Toolstack.XEND31, Disk.HUNG);
        assertTrue(reachable(hung).exists(s -> Teardown.successors(hung, s).exists(DesignHooksTest::timesOut)));
        // the built-in patched driver's wait has no bound
        Configuration builtIn = Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HUNG);
        assertFalse(reachable(builtIn).exists(s -> Teardown.successors(builtIn, s).exists(DesignHooksTest::timesOut)));
    }

    @Test
    void whatAStepFunctionThrowsNamesTheStateAndWhoseCodeRan() {
        Driver throwing = new Bounded(false) {
            @Override
            public List<Run> resume(Configuration c, Run r) {
                throw new IllegalStateException("not written for this");
            }
        };
        Configuration c = Configuration.of(throwing, Toolstack.XEND31, Disk.HEALTHY);
        StepFailure f = assertThrows(StepFailure.class, () -> reachable(c));
        assertEquals("not written for this", f.getCause().getMessage());
        assertTrue(f.where().startsWith("xenwatch, in driver bounded's code at '"), f.where());
        assertTrue(f.state().isDefined());
        assertThrows(IllegalStateException.class, () -> throwing.resume(c, Run.on(f.state().get().view(0), f.state().get().xenwatch().stack())));

        Toolstack broken = new teardown.model.toolstack.Xl() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Successor> steps(Configuration config, TeardownState s, boolean nothingElseEnabled) {
                throw new UnsupportedOperationException("no steps");
            }
        };
        StepFailure g = assertThrows(StepFailure.class, () -> reachable(Configuration.of(Driver.UPSTREAM, broken, Disk.HEALTHY)));
        assertEquals("the toolstack broken at phase 'state-sent'", g.where());
    }

    @Test
    void theCatalogueRefusesAmbiguousIds() {
        Catalogue.Design mine = new Catalogue.Design(new Bounded(false), "Bounded.java");
        Catalogue c = Catalogue.builtIn().with(mine);
        Driver bounded = (Driver) mine.variant();
        assertEquals(Driver.known().append(bounded), c.knownDrivers());
        assertEquals(Driver.all().append(bounded), c.drivers());
        assertEquals(List.of(mine), c.designs());
        assertTrue(Catalogue.builtIn().designs().isEmpty(), "nothing registers itself: a new catalogue has no design");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> c.with(new Catalogue.Design(new Bounded(true), "Other.java")));
        assertEquals("Other.java: driver id 'bounded' clashes with the driver bounded (Bounded.java); give each design an id() of its own", twice.getMessage());
        IllegalArgumentException builtIn = assertThrows(IllegalArgumentException.class, () -> Catalogue.builtIn().with(
                new Catalogue.Design(new VendorBlkback(true) { }, "Patched.java")));
        assertTrue(builtIn.getMessage().contains("clashes with the built-in driver patched"), builtIn.getMessage());
        for (String bad : new String[] {"all", "a b", "a,b", "a+b", "-x", ""}) {
            Driver named = new Bounded(false) {
                @Override
                public String id() {
                    return bad;
                }
            };
            assertThrows(IllegalArgumentException.class, () -> Catalogue.builtIn().with(new Catalogue.Design(named, "Named.java")), bad);
        }
    }
}
