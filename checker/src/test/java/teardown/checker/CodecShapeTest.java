package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * How the codec reads a state's shape: each record class is taken apart by reflection the first
 * time the codec meets it, and a sequence is stored element by element only when all its
 * elements are records of one class.
 */
class CodecShapeTest {

    public record Ship(int x, boolean sunk) {
    }

    public record Fleet(Vector<Ship> ships, int tide) {
    }

    /**
     * Loads this test's records afresh, as classes of their own, so the codec meets them for the
     * first time in this test whatever ran before in the same JVM.
     */
    private static final class FreshLoader extends ClassLoader {
        FreshLoader() {
            super(CodecShapeTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(CodecShapeTest.class.getName() + "$")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c != null) {
                    return c;
                }
                String file = name.substring(name.lastIndexOf('.') + 1) + ".class";
                try (InputStream in = CodecShapeTest.class.getResourceAsStream(file)) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }

    @Test
    void aRecordClassMetForTheFirstTimeIsTakenApartAndRebuilt() throws ReflectiveOperationException {
        ClassLoader fresh = new FreshLoader();
        Class<?> ship = fresh.loadClass(Ship.class.getName());
        Class<?> fleet = fresh.loadClass(Fleet.class.getName());
        assertNotSame(Fleet.class, fleet, "a class of its own");
        Object a = ship.getConstructor(int.class, boolean.class).newInstance(3, false);
        Object b = ship.getConstructor(int.class, boolean.class).newInstance(5, true);
        Object state = fleet.getConstructor(Vector.class, int.class).newInstance(Vector.of(a, b), 9);

        StateCodec<Object> codec = StateCodec.like(state);
        assertEquals(2 * 2 + 1, codec.width(), "each ship's two fields, and the tide");
        Object[] parts = codec.parts(state);
        assertArrayEquals(new Object[] {3, false, 5, true, 9}, parts);
        int[] v = new int[codec.width()];
        codec.encode(parts, null, null, 0, v, 0);
        codec.resolve(parts, v, 0);
        Object back = codec.assemble(codec.parts(v, 0));
        assertEquals(fleet, back.getClass());
        assertEquals(state, back);
    }

    sealed interface Figure permits Circle, Square {
    }

    record Circle(int r) implements Figure {
    }

    record Square(int side) implements Figure {
    }

    record Drawing(Vector<Figure> figures, int layer) {
    }

    @Test
    void aSequenceOfRecordsOfSeveralClassesIsStoredWhole() {
        Drawing d = new Drawing(Vector.of(new Circle(1), new Square(2)), 0);
        StateCodec<Drawing> codec = StateCodec.like(d);
        assertEquals(2, codec.width(), "the figures as one value, and the layer");
        Object[] parts = codec.parts(d);
        assertEquals(d.figures(), parts[0]);
        int[] v = new int[codec.width()];
        codec.encode(parts, null, null, 0, v, 0);
        codec.resolve(parts, v, 0);
        assertEquals(d, codec.assemble(codec.parts(v, 0)));
    }
}
