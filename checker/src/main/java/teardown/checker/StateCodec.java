package teardown.checker;

import io.vavr.collection.Array;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Vector;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * SPIN's "collapse" compression for Java records: a state becomes a vector of small ints, one
 * per top-level record component, each the number of that component's value in its own
 * {@link ComponentTable}. The shape is read by reflection from the state's record class, so the
 * codec follows the model when its records change; a state that is not a record is one
 * component. Decoding rebuilds the record from the shared component values, so a state costs
 * a vector of a few bytes, and equal components are stored once for the whole search. A component
 * that is a non-empty Vavr {@link Array} or {@link Vector} of records of one class (one record
 * per device, say) counts as each element's own components, its length read from the first
 * state: a step that changes one field of one device then leaves every other number as it was
 * (no hashing), and the tables hold fields, not combinations of devices.
 */
final class StateCodec<S> {

    private final Class<?> recordClass;
    /** All accessors at once, (Object) Object[]: one generated form the JIT compiles as a whole. */
    private final MethodHandle split;
    private final MethodHandle constructor;
    private final ComponentTable[] tables;
    /** Per top-level component: 0 if stored whole, else the length of the sequence stored element by element. */
    private final int[] rows;
    /** Per top-level component stored element by element: rebuilt as an Array (else a Vector). */
    private final boolean[] arrays;
    /** Per top-level component stored element by element: the elements' record class and shape. */
    private final Class<?>[] rowClasses;
    private final Shape[] rowShapes;
    private final boolean hasRows;
    /** Per top-level component: where its numbers start in a vector, and how many there are. */
    private final int[] offsets;
    private final int[] spans;

    private StateCodec(Class<?> recordClass, int[] rows, boolean[] arrays, Class<?>[] rowClasses, MethodHandle split,
                       MethodHandle constructor) {
        this.recordClass = recordClass;
        this.split = split;
        this.constructor = constructor;
        this.rows = rows;
        this.arrays = arrays;
        this.rowClasses = rowClasses;
        this.rowShapes = new Shape[rows.length];
        int width = 0;
        for (int i = 0; i < rows.length; i++) {
            rowShapes[i] = rows[i] > 0 ? SHAPES.get(rowClasses[i]) : null;
            width += rows[i] > 0 ? rows[i] * rowShapes[i].components() : 1;
        }
        this.hasRows = Arrays.stream(rows).anyMatch(n -> n > 0);
        this.offsets = new int[rows.length];
        this.spans = new int[rows.length];
        for (int i = 0, o = 0; i < rows.length; i++) {
            offsets[i] = o;
            spans[i] = rows[i] > 0 ? rows[i] * rowShapes[i].components() : 1;
            o += spans[i];
        }
        this.tables = new ComponentTable[Math.max(1, width)];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new ComponentTable();
        }
    }

    /** How to split and rebuild one record class: the same for every search, so built once per class. */
    private record Shape(int components, MethodHandle split, MethodHandle constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> c) {
            return shapeOf(c);
        }
    };

    /** A codec for states like {@code sample}: by component if it is a record, whole otherwise. */
    static <S> StateCodec<S> like(S sample) {
        if (sample == null || !sample.getClass().isRecord()) {
            return new StateCodec<>(null, new int[0], new boolean[0], new Class<?>[0], null, null);
        }
        Shape shape = SHAPES.get(sample.getClass());
        Object[] parts = split(shape, sample);
        int[] rows = new int[parts.length];
        boolean[] arrays = new boolean[parts.length];
        Class<?>[] rowClasses = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            boolean seq = parts[i] instanceof Array<?> || parts[i] instanceof Vector<?>;
            IndexedSeq<?> v = seq ? (IndexedSeq<?>) parts[i] : null;
            Class<?> first = seq && !v.isEmpty() ? v.head().getClass() : null;
            rows[i] = first != null && first.isRecord() && v.forAll(x -> x.getClass() == first) ? v.size() : 0;
            arrays[i] = parts[i] instanceof Array<?>;
            rowClasses[i] = rows[i] > 0 ? first : null;
        }
        return new StateCodec<>(sample.getClass(), rows, arrays, rowClasses, shape.split(), shape.constructor());
    }

    private static Object[] split(Shape shape, Object state) {
        try {
            return (Object[]) shape.split().invokeExact(state);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static Object construct(MethodHandle constructor, Object[] parts) {
        try {
            return (Object) constructor.invokeExact(parts);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static Shape shapeOf(Class<?> c) {
        try {
            RecordComponent[] rc = c.getRecordComponents();
            // A private lookup in the record's class reaches records nested in non-public classes too.
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
            Class<?>[] types = new Class<?>[rc.length];
            MethodHandle[] getters = new MethodHandle[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                getters[i] = lookup.unreflect(rc[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
            }
            MethodHandle collect = MethodHandles.identity(Object[].class).asCollector(Object[].class, rc.length);
            MethodHandle split = MethodHandles.permuteArguments(MethodHandles.filterArguments(collect, 0, getters),
                    MethodType.methodType(Object[].class, Object.class), new int[rc.length]);
            Constructor<?> k = c.getDeclaredConstructor(types);
            MethodHandle make = lookup.unreflectConstructor(k)
                    .asSpreader(Object[].class, rc.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Shape(rc.length, split, make);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot take states of " + c.getName() + " apart: " + e, e);
        }
    }

    /** Ints per encoded state. */
    int width() {
        return tables.length;
    }

    /** The components of a state, in declaration order. */
    Object[] parts(S state) {
        if (recordClass == null) {
            return new Object[] {state};
        }
        if (state.getClass() != recordClass) {
            throw new IllegalStateException("every state must be a " + recordClass.getName() + ", found "
                    + state.getClass().getName());
        }
        Object[] whole;
        try {
            whole = (Object[]) split.invokeExact((Object) state);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (!hasRows) {
            return whole;
        }
        Object[] out = new Object[tables.length];
        int k = 0;
        for (int i = 0; i < whole.length; i++) {
            if (rows[i] == 0) {
                out[k++] = whole[i];
                continue;
            }
            IndexedSeq<?> v = (IndexedSeq<?>) whole[i];
            if (v.size() != rows[i]) {
                throw new IllegalStateException("component " + i + " of " + recordClass.getName() + " had " + rows[i]
                        + " elements in the first state and " + v.size() + " in " + state);
            }
            for (int j = 0; j < rows[i]; j++) {
                Object element = v.get(j);
                if (element.getClass() != rowClasses[i]) {
                    throw new IllegalStateException("component " + i + " of " + recordClass.getName() + " held "
                            + rowClasses[i].getName() + " elements in the first state and a " + element.getClass().getName() + " in " + state);
                }
                Object[] fields = split(rowShapes[i], element);
                System.arraycopy(fields, 0, out, k, fields.length);
                k += fields.length;
            }
        }
        return out;
    }

    /** The components stored as {@code vector[from .. from+width)}. */
    Object[] parts(int[] vector, int from) {
        Object[] out = new Object[tables.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = tables[i].value(vector[from + i]);
        }
        return out;
    }

    S assemble(Object[] parts) {
        return assemble(parts, null);
    }

    /**
     * Rebuilds the state from its components; when {@code wholeOut} is given (one slot per
     * top-level component), also leaves the top-level components there for {@link #encodeSuccessor}.
     */
    @SuppressWarnings("unchecked")
    S assemble(Object[] parts, Object[] wholeOut) {
        if (recordClass == null) {
            if (wholeOut != null) {
                wholeOut[0] = parts[0];
            }
            return (S) parts[0];
        }
        Object[] whole = parts;
        if (hasRows) {
            whole = wholeOut != null ? wholeOut : new Object[rows.length];
            int k = 0;
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] == 0) {
                    whole[i] = parts[k++];
                } else {
                    Object[] elements = new Object[rows[i]];
                    int fields = rowShapes[i].components();
                    for (int j = 0; j < rows[i]; j++) {
                        elements[j] = construct(rowShapes[i].constructor(), Arrays.copyOfRange(parts, k, k + fields));
                        k += fields;
                    }
                    whole[i] = arrays[i] ? Array.of(elements) : Vector.of(elements);
                }
            }
        } else if (wholeOut != null) {
            System.arraycopy(parts, 0, wholeOut, 0, parts.length);
        }
        try {
            return (S) (Object) constructor.invokeExact(whole);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Encodes a successor's components into {@code out[at ..]}. A component that is the very
     * object its parent had keeps the parent's number without hashing; one never seen yet is
     * left -1 for {@link #resolve}. Returns true when every component was numbered.
     */
    boolean encode(Object[] parts, Object[] parentParts, int[] parentVector, int parentAt, int[] out, int at) {
        boolean complete = true;
        for (int i = 0; i < parts.length; i++) {
            int n = parentParts != null && parts[i] == parentParts[i] ? parentVector[parentAt + i] : tables[i].lookup(parts[i]);
            out[at + i] = n;
            complete &= n >= 0;
        }
        return complete;
    }

    /** Slots {@link #assemble(Object[], Object[])} fills with top-level components. */
    int topLevelComponents() {
        return recordClass == null ? 1 : rows.length;
    }

    /**
     * Encodes {@code state}, a successor of the state with top-level components
     * {@code parentWhole}, components {@code parentParts} and numbers {@code parentVector[parentAt ..]},
     * into {@code out[at ..]}. A top-level component or sequence element that is the very object
     * the parent had keeps the parent's numbers without being taken apart, so a step that changes
     * one field of one device costs one split of that device. Returns null when every component
     * was numbered, else the components (filled where the number was left -1) for {@link #resolve}.
     */
    Object[] encodeSuccessor(S state, Object[] parentWhole, Object[] parentParts, int[] parentVector, int parentAt,
                             int[] out, int at) {
        if (recordClass == null) {
            return number(0, state, parentParts, parentVector, parentAt, out, at, null);
        }
        if (state.getClass() != recordClass) {
            throw new IllegalStateException("every state must be a " + recordClass.getName() + ", found "
                    + state.getClass().getName());
        }
        Object[] whole;
        try {
            whole = (Object[]) split.invokeExact((Object) state);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        Object[] open = null;
        for (int i = 0; i < whole.length; i++) {
            int o = offsets[i];
            if (whole[i] == parentWhole[i]) {
                System.arraycopy(parentVector, parentAt + o, out, at + o, spans[i]);
            } else if (rows[i] == 0) {
                open = number(o, whole[i], parentParts, parentVector, parentAt, out, at, open);
            } else {
                open = encodeRows(i, (IndexedSeq<?>) whole[i], (IndexedSeq<?>) parentWhole[i], state, parentParts,
                        parentVector, parentAt, out, at, open);
            }
        }
        return open;
    }

    private Object[] encodeRows(int i, IndexedSeq<?> v, IndexedSeq<?> parent, S state, Object[] parentParts,
                                int[] parentVector, int parentAt, int[] out, int at, Object[] open) {
        if (v.size() != rows[i]) {
            throw new IllegalStateException("component " + i + " of " + recordClass.getName() + " had " + rows[i]
                    + " elements in the first state and " + v.size() + " in " + state);
        }
        int fields = rowShapes[i].components();
        for (int j = 0; j < rows[i]; j++) {
            Object element = v.get(j);
            int o = offsets[i] + j * fields;
            if (element == parent.get(j)) {
                System.arraycopy(parentVector, parentAt + o, out, at + o, fields);
                continue;
            }
            if (element.getClass() != rowClasses[i]) {
                throw new IllegalStateException("component " + i + " of " + recordClass.getName() + " held "
                        + rowClasses[i].getName() + " elements in the first state and a " + element.getClass().getName() + " in " + state);
            }
            Object[] values = split(rowShapes[i], element);
            for (int f = 0; f < fields; f++) {
                open = number(o + f, values[f], parentParts, parentVector, parentAt, out, at, open);
            }
        }
        return open;
    }

    /** Component {@code i}'s number: the parent's for the very same object, else the table's (-1, noted in {@code open}, if new). */
    private Object[] number(int i, Object value, Object[] parentParts, int[] parentVector, int parentAt, int[] out, int at,
                            Object[] open) {
        int n = value == parentParts[i] ? parentVector[parentAt + i] : tables[i].lookup(value);
        out[at + i] = n;
        if (n >= 0) {
            return open;
        }
        Object[] o = open == null ? new Object[tables.length] : open;
        o[i] = value;
        return o;
    }

    /** Numbers the components {@link #encode} left open, adding their values. Merging thread only. */
    void resolve(Object[] parts, int[] out, int at) {
        for (int i = 0; i < parts.length; i++) {
            if (out[at + i] == -1) {
                out[at + i] = tables[i].intern(parts[i]);
            }
        }
    }

    /** The vector of a state every component of which is known, or null if one is not. */
    int[] lookup(S state) {
        Object[] p = parts(state);
        int[] out = new int[p.length];
        return encode(p, null, null, 0, out, 0) ? out : null;
    }

    /** How many distinct values each component took, in declaration order. */
    int[] distinctValues() {
        return Arrays.stream(tables).mapToInt(ComponentTable::size).toArray();
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
