package teardown.checker;

import io.vavr.Tuple2;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Objects;

/**
 * What changed between two states, for TLC-style traces that print only the fields that changed.
 * Records are taken apart component by component (paths like {@code "kthread.phase"}); anything
 * else is a leaf, compared with {@code equals} and shown in a short form (see {@link #render}).
 * A leaf at the very top (the whole value is not a record) has the empty path.
 */
public final class StateDiff {

    /** One changed leaf: its dotted path and both values rendered. */
    public record Change(String path, String before, String after) {
    }

    private StateDiff() {
    }

    /** The leaves that differ between {@code before} and {@code after}, in component order. */
    public static List<Change> between(Object before, Object after) {
        return diff("", before, after, List.empty()).reverse();
    }

    /** Every leaf of {@code state}, with an empty {@code before}: for printing an initial state. */
    public static List<Change> describe(Object state) {
        return leaves("", state, List.empty()).reverse();
    }

    /**
     * The short form of a leaf: enums as lower-case-with-dashes ({@code WAITING_FOR_WORK} is
     * {@code waiting-for-work}), sequences as {@code [a, b]}, sets as {@code {a, b}}, maps as
     * {@code {k: v}}, an option as its value or {@code none}, a record as {@code Name[a=1, b=x]}.
     */
    public static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (value instanceof Option<?> o) {
            return o.isEmpty() ? "none" : render(o.get());
        }
        if (value instanceof Tuple2<?, ?> t) {
            return "(" + render(t._1) + ", " + render(t._2) + ")";
        }
        // Map and Set before the general case: both are Traversables too.
        if (value instanceof Map<?, ?> m) {
            return m.iterator().map(kv -> render(kv._1) + ": " + render(kv._2)).mkString("{", ", ", "}");
        }
        if (value instanceof Set<?> s) {
            return s.iterator().map(StateDiff::render).mkString("{", ", ", "}");
        }
        if (value instanceof Traversable<?> t) {
            return t.iterator().map(StateDiff::render).mkString("[", ", ", "]");
        }
        if (value instanceof Record r) {
            return r.getClass().getSimpleName()
                    + List.of(r.getClass().getRecordComponents())
                            .map(c -> c.getName() + "=" + render(read(r, c)))
                            .mkString("[", ", ", "]");
        }
        return String.valueOf(value);
    }

    // Both walks accumulate in reverse (prepend is cheap on a List) and the callers reverse once.

    private static List<Change> diff(String path, Object before, Object after, List<Change> acc) {
        if (sameRecordType(before, after)) {
            List<Change> out = acc;
            for (RecordComponent c : before.getClass().getRecordComponents()) {
                out = diff(join(path, c.getName()), read((Record) before, c), read((Record) after, c), out);
            }
            return out;
        }
        if (sameShapeRows(before, after)) {
            List<Change> out = acc;
            IndexedSeq<?> b = (IndexedSeq<?>) before;
            IndexedSeq<?> a = (IndexedSeq<?>) after;
            for (int i = 0; i < b.size(); i++) {
                out = diff(path + "[" + i + "]", b.get(i), a.get(i), out);
            }
            return out;
        }
        // Different record types (say, two cases of a sealed interface) are one changed leaf.
        return Objects.equals(before, after) ? acc : acc.prepend(new Change(path, render(before), render(after)));
    }

    private static List<Change> leaves(String path, Object value, List<Change> acc) {
        if (value instanceof Record r) {
            List<Change> out = acc;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                out = leaves(join(path, c.getName()), read(r, c), out);
            }
            return out;
        }
        if (rows(value)) {
            List<Change> out = acc;
            IndexedSeq<?> seq = (IndexedSeq<?>) value;
            for (int i = 0; i < seq.size(); i++) {
                out = leaves(path + "[" + i + "]", seq.get(i), out);
            }
            return out;
        }
        return acc.prepend(new Change(path, "", render(value)));
    }

    /**
     * An indexed sequence of records (say, one record per device) is taken apart row by row,
     * with paths like {@code "vbds[1].kthread.phase"}; any other sequence is one leaf.
     */
    private static boolean rows(Object value) {
        return value instanceof IndexedSeq<?> seq && !seq.isEmpty() && seq.forAll(x -> x instanceof Record);
    }

    private static boolean sameShapeRows(Object before, Object after) {
        return rows(before) && rows(after) && ((IndexedSeq<?>) before).size() == ((IndexedSeq<?>) after).size();
    }

    private static boolean sameRecordType(Object before, Object after) {
        return before instanceof Record && after != null && before.getClass() == after.getClass();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            // Records nested in non-public classes have accessors we may not call without this.
            component.getAccessor().trySetAccessible();
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read component '" + component.getName() + "' of "
                    + record.getClass().getName() + ": " + e, e);
        }
    }
}
