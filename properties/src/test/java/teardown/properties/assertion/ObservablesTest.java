package teardown.properties.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Teardown;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.model.toolstack.ToolstackProgress;

/** The catalogue is well formed, and quantifiers range over what docs/assert.md says. */
class ObservablesTest {

    @Test
    void namesAreUniqueDottedAndNoValueCanBeMistakenForOne() {
        List<String> names = Observables.ALL.map(Observable::name);
        assertEquals(names.distinct(), names);
        assertTrue(names.forAll(n -> n.matches("[a-z_]+\\.[a-z_]+")), names.toString());
        List<String> values = Observables.ENUMERATIONS.flatMap(Type::values);
        assertTrue(values.forAll(v -> !v.contains(".")), "a value never looks like an observable");
        assertTrue(Observables.ALL.forAll(o -> !o.meaning().isBlank() && !o.source().isBlank()), "every one says what it is and where from");
        assertTrue(Observables.ENUMERATIONS.forAll(t -> t.values().map(Type::normalised).distinct().size() == t.values().size()),
                "no two values of one type match the same word");
    }

    @Test
    void everyBuiltInToolstackPhaseIsAValue() {
        assertTrue(Observables.TOOLSTACK_PHASE.values().containsAll(List.of(ToolstackProgress.Phase.DONE, ToolstackProgress.Phase.STATE_SENT,
                ToolstackProgress.Phase.WAITING_FOR_CLOSED, ToolstackProgress.Phase.POLLING_HOTPLUG_STATUS)));
    }

    @Test
    void everyObservableReadsEveryInitialStateOfTwoDevicesWithTwoRings() {
        Configuration c = Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY).withDisks(List.of(Disk.HEALTHY, Disk.HUNG)).withRings(2);
        for (TeardownState s : Teardown.initialStates(c)) {
            for (Observable o : Observables.ALL) {
                int v = o.read(c, s, 1, 1);
                assertTrue(o.type().kind() != Type.Kind.ENUM || (v >= 0 && v < o.type().values().size()), o.name() + " = " + v);
                assertTrue(o.type().kind() != Type.Kind.BOOL || v == 0 || v == 1, o.name() + " = " + v);
            }
            assertEquals("hung", Observables.find("disk.kind").get().show(Observables.find("disk.kind").get().read(c, s, 1, -1)));
        }
    }

    @Test
    void aRingQuantifierOutsideAVbdOneCoversEveryRingOfEveryDeviceAndInsideOneOnlyThatDevicesRings() {
        Configuration c = Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY).withDisks(List.of(Disk.HEALTHY, Disk.HEALTHY)).withRings(2);
        TeardownState start = Teardown.initialStates(c).head();
        // Device 1 with nothing outstanding on either ring: some ring is busy, but not one on every device.
        TeardownState uneven = start.withVbd(1, start.vbd(1).withRings(start.vbd(1).rings()
                .map(r -> r.with(teardown.model.blkback.Requests.none()))));
        Expr anyRingBusy = Parser.condition("any ring: ring.outstanding > 0");
        Expr everyDeviceHasABusyRing = Parser.condition("all vbd: any ring: ring.outstanding > 0");
        Expr ringNamesItsDevice = Parser.condition("all ring: vbd.outstanding >= ring.outstanding");
        Expr secondDeviceRingsOnly = Parser.condition("any vbd: vbd.outstanding == 0 and all ring: ring.outstanding == 0");
        for (TeardownState s : List.of(start, uneven)) {
            assertEquals(s.someVbd(v -> v.outstanding() > 0), anyRingBusy.test(c, s));
            assertEquals(s.everyVbd(v -> v.outstanding() > 0), everyDeviceHasABusyRing.test(c, s));
            assertTrue(ringNamesItsDevice.test(c, s));
        }
        assertTrue(start.everyVbd(v -> v.outstanding() > 0), "every device starts with requests outstanding");
        assertTrue(anyRingBusy.test(c, uneven) && !everyDeviceHasABusyRing.test(c, uneven));
        assertTrue(secondDeviceRingsOnly.test(c, uneven) && !secondDeviceRingsOnly.test(c, start),
                "inside 'any vbd:' a ring quantifier ranges over that device's rings only");
    }

    @Test
    void anEnumerationsValueIsMatchedIgnoringCaseDashesAndUnderscores() {
        assertEquals(2, Observables.XENBUS_STATE.valueOf("init_wait").get());
        assertEquals(2, Observables.XENBUS_STATE.valueOf("INITWAIT").get());
        assertFalse(Observables.XENBUS_STATE.valueOf("waiting").isDefined());
    }
}
