package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

/** Collapse compression: components, and vectors of records element by element, survive the round trip. */
class StateCodecTest {

    record Device(int phase, boolean busy) {
    }

    record World(Vector<Device> devices, int shared, Vector<String> names, List<Integer> queue) {
    }

    private static final World SAMPLE = new World(Vector.of(new Device(0, false), new Device(1, true)), 7,
            Vector.of("a"), List.of(1, 2));

    @Test
    void aVectorOfRecordsIsOneComponentPerElement() {
        StateCodec<World> codec = StateCodec.like(SAMPLE);
        assertEquals(2 * 2 + 1 + 1 + 1, codec.width(), "two fields of each of two devices, the shared int, the names (not records), the queue");
        int[] v = new int[codec.width()];
        Object[] parts = codec.parts(SAMPLE);
        codec.encode(parts, null, null, 0, v, 0);
        codec.resolve(parts, v, 0);
        assertEquals(SAMPLE, codec.assemble(codec.parts(v, 0)));
        World changed = new World(SAMPLE.devices().update(1, new Device(2, false)), 7, SAMPLE.names(), SAMPLE.queue());
        int[] w = new int[codec.width()];
        Object[] changedParts = codec.parts(changed);
        codec.encode(changedParts, parts, v, 0, w, 0);
        codec.resolve(changedParts, w, 0);
        assertEquals(v[0], w[0], "the untouched device keeps its numbers");
        assertEquals(v[1], w[1]);
        assertEquals(changed, codec.assemble(codec.parts(w, 0)));
        assertArrayEquals(new int[] {1, 1, 2, 2, 1, 1, 1}, codec.distinctValues(), "each field of each device has its own table");
    }

    record Fleet(io.vavr.collection.Array<Device> devices) {
    }

    @Test
    void anArrayOfRecordsComesBackAsAnArray() {
        Fleet fleet = new Fleet(io.vavr.collection.Array.of(new Device(0, false), new Device(1, true), new Device(0, false)));
        StateCodec<Fleet> codec = StateCodec.like(fleet);
        assertEquals(6, codec.width());
        int[] v = new int[codec.width()];
        Object[] parts = codec.parts(fleet);
        codec.encode(parts, null, null, 0, v, 0);
        codec.resolve(parts, v, 0);
        assertEquals(fleet, codec.assemble(codec.parts(v, 0)));
        assertEquals(io.vavr.collection.Array.class, codec.assemble(codec.parts(v, 0)).devices().getClass());
    }

    @Test
    void aVectorThatChangesLengthIsRefused() {
        StateCodec<World> codec = StateCodec.like(SAMPLE);
        World longer = new World(SAMPLE.devices().append(new Device(3, false)), 7, SAMPLE.names(), SAMPLE.queue());
        assertThrows(IllegalStateException.class, () -> codec.parts(longer));
    }
}
