package teardown.checker;

import io.vavr.control.Option;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Judges the state properties (always, sometimes, noDeadlock) during the search, so no pass over
 * the stored states is needed afterwards. Each state is tested once, when it is expanded (by
 * whichever thread expands it); the merge records the lowest state number that settles each
 * property, which with breadth-first numbering is a shallowest one.
 */
final class SafetyMonitor<S, A> {

    private final Property<S, A>[] properties;
    private final int[] first;

    @SuppressWarnings("unchecked")
    SafetyMonitor(java.util.List<Property<S, A>> all) {
        this.properties = all.stream().filter(p -> !(p instanceof Property.LeadsTo)).toArray(Property[]::new);
        if (properties.length > 64) {
            throw new IllegalArgumentException("at most 64 state properties per search, got " + properties.length);
        }
        this.first = new int[properties.length];
        Arrays.fill(first, -1);
    }

    /** Bit k is set when state {@code s} settles property k; {@code stuck} says it has no enabled step. */
    long test(S s, boolean stuck) {
        long bits = 0;
        for (int k = 0; k < properties.length; k++) {
            Property<S, A> p = properties[k];
            boolean hit;
            if (p instanceof Property.Always<S, A> a) {
                hit = !a.invariant().test(s);
            } else if (p instanceof Property.Sometimes<S, A> w) {
                hit = w.witness().test(s);
            } else {
                hit = stuck && !((Property.NoDeadlock<S, A>) p).legitimateEnd().test(s);
            }
            if (hit) {
                bits |= 1L << k;
            }
        }
        return bits;
    }

    void record(int id, long bits) {
        for (long b = bits; b != 0; b &= b - 1) {
            int k = Long.numberOfTrailingZeros(b);
            if (first[k] < 0) {
                first[k] = id;
            }
        }
    }

    /** Whether every state property has found the state that settles it. */
    boolean allSettled() {
        for (int f : first) {
            if (f < 0) {
                return false;
            }
        }
        return true;
    }

    /** The properties some state settled: violated invariants, found witnesses, deadlocks. */
    java.util.List<Property<S, A>> settled() {
        java.util.List<Property<S, A>> out = new java.util.ArrayList<>();
        for (int k = 0; k < properties.length; k++) {
            if (first[k] >= 0) {
                out.add(properties[k]);
            }
        }
        return out;
    }

    /** The lowest state number that settles {@code p}, or -1 (also when this monitor does not judge {@code p}). */
    int firstSettling(Property<S, A> p) {
        int k = Arrays.asList(properties).indexOf(p);
        return k < 0 ? -1 : first[k];
    }

    Outcome<S, A> outcome(Property<S, A> p, boolean complete, IntFunction<Path<S, A>> pathTo) {
        int k = Arrays.asList(properties).indexOf(p);
        int found = first[k];
        boolean sometimes = p instanceof Property.Sometimes;
        if (found >= 0) {
            return new Outcome<>(p, sometimes ? Verdict.HOLDS : Verdict.VIOLATED, Option.some(pathTo.apply(found)));
        }
        Verdict otherwise = !complete ? Verdict.INCOMPLETE : sometimes ? Verdict.VIOLATED : Verdict.HOLDS;
        return new Outcome<>(p, otherwise, Option.none());
    }
}
