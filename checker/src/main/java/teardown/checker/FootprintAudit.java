package teardown.checker;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Checks a system's {@link Footprints} against its real successor function, state by state, so
 * that a wrong declaration is caught by a test instead of silently hiding states. In every
 * audited state {@code s}:
 * <ul>
 *   <li>every step changes only locations its process's {@link Footprints#next next} writes, and
 *       a change to the state shows in some location;</li>
 *   <li>{@code next} lies within {@link Footprints#future future}; after any step, every
 *       process's {@code next} and {@code future} lie within its {@code future} before it, and a
 *       process that did not move keeps its {@code next} within what it was;</li>
 *   <li>any two steps of different processes whose {@code next} footprints do not conflict
 *       commute (both orders reach the same state) and neither enables or disables a step of the
 *       other's process;</li>
 *   <li>a process with no step keeps none after a step that writes none of its
 *       {@link Footprints#guard guard}, and its guard does not widen;</li>
 *   <li>a step whose process's {@code next} writes nothing a given invariant or witness
 *       {@link Footprints#observes observes} leaves that property's value as it was.</li>
 * </ul>
 * Use it in a test over the states of every configuration the reduction will be used on:
 *
 * <pre>
 *   assertEquals(List.empty(), FootprintAudit.of(system).properties(props).reachable(1_000_000));
 * </pre>
 */
public final class FootprintAudit<S, A> {

    /** Findings reported at most; the first few say what is wrong. */
    private static final int MAX_FINDINGS = 20;

    private final TransitionSystem<S, A> system;
    private final Footprints<S, A> footprints;
    private final List<Property<S, A>> properties;

    private FootprintAudit(TransitionSystem<S, A> system, Footprints<S, A> footprints, List<Property<S, A>> properties) {
        this.system = system;
        this.footprints = footprints;
        this.properties = properties;
    }

    public static <S, A, T extends TransitionSystem<S, A> & Footprints<S, A>> FootprintAudit<S, A> of(T system) {
        return new FootprintAudit<>(system, system, List.empty());
    }

    /** Also check that steps declared invisible to these invariants and witnesses leave them unchanged. */
    public FootprintAudit<S, A> properties(Iterable<? extends Property<S, A>> more) {
        return new FootprintAudit<>(system, footprints, properties.appendAll(more));
    }

    /** Audits every state an unreduced search reaches within {@code maxStates}; the findings, empty if none. */
    public List<String> reachable(long maxStates) {
        StateGraph<S, A> graph = Checker.of(system).maxStates(maxStates).check().graph();
        java.util.List<S> states = new ArrayList<>(graph.size());
        for (int id = 0; id < graph.size(); id++) {
            states.add(graph.state(id));
        }
        return states(states);
    }

    /** Audits the given states; the findings, empty if none. */
    public List<String> states(Iterable<S> states) {
        java.util.List<String> findings = new ArrayList<>();
        for (S s : states) {
            audit(s, findings);
            if (findings.size() >= MAX_FINDINGS) {
                break;
            }
        }
        return List.ofAll(findings).take(MAX_FINDINGS);
    }

    private void audit(S s, java.util.List<String> findings) {
        int n = footprints.processes();
        Footprint[] next = new Footprint[n];
        Footprint[] future = new Footprint[n];
        for (int p = 0; p < n; p++) {
            next[p] = footprints.next(s, p);
            future[p] = footprints.future(s, p);
            if (!next[p].within(future[p])) {
                findings.add("process " + p + "'s next step " + next[p] + " is not within its future " + future[p] + " in " + s);
            }
        }
        List<Transition<S, A>> steps = system.successors(s);
        java.util.List<List<Transition<S, A>>> after = new ArrayList<>();
        int[] processOf = new int[steps.size()];
        int i = 0;
        for (Transition<S, A> t : steps) {
            int p = footprints.processOf(t.step());
            processOf[i++] = p;
            if (p < 0 || p >= n) {
                findings.add("step " + t.step() + " belongs to process " + p + ", not one of 0.." + (n - 1));
                return;
            }
            auditStep(s, t, p, next, future, findings);
            after.add(system.successors(t.target()));
        }
        auditGuards(s, steps, after, processOf, n, findings);
        for (int a = 0; a < processOf.length; a++) {
            for (int b = 0; b < processOf.length; b++) {
                int p = processOf[a];
                int q = processOf[b];
                if (p != q && !next[p].conflictsWith(next[q])) {
                    auditPair(s, steps, after, a, b, processOf, findings);
                }
            }
        }
    }

    /**
     * For each process x with no step in s, and each step t of another process: if t writes none of
     * x's guard, x still has no step after t, and its guard there lies within the one before.
     */
    private void auditGuards(S s, List<Transition<S, A>> steps, java.util.List<List<Transition<S, A>>> after, int[] processOf, int n,
                             java.util.List<String> findings) {
        long enabled = 0;
        for (int p : processOf) {
            enabled |= 1L << p;
        }
        for (int x = 0; x < n; x++) {
            if ((enabled >>> x & 1) != 0) {
                continue;
            }
            long guard = footprints.guard(s, x);
            int i = 0;
            for (Transition<S, A> t : steps) {
                List<Transition<S, A>> next = after.get(i++);
                if ((changed(s, t.target()) & guard) != 0) {
                    continue;
                }
                int px = x;
                if (next.exists(u -> footprints.processOf(u.step()) == px)) {
                    findings.add("step " + t.step() + " writes none of process " + x + "'s guard " + bits(guard)
                            + " but gives it a step in " + s);
                } else if ((footprints.guard(t.target(), x) & ~guard) != 0) {
                    findings.add("step " + t.step() + " writes none of process " + x + "'s guard " + bits(guard)
                            + " but widens it to " + bits(footprints.guard(t.target(), x)) + " in " + s);
                }
            }
        }
    }

    private long changed(S s, S target) {
        long changed = 0;
        for (int l = 0; l < footprints.locations(); l++) {
            if (!Objects.equals(footprints.valueAt(s, l), footprints.valueAt(target, l))) {
                changed |= 1L << l;
            }
        }
        return changed;
    }

    private void auditStep(S s, Transition<S, A> t, int p, Footprint[] next, Footprint[] future, java.util.List<String> findings) {
        S target = t.target();
        long changed = changed(s, target);
        if ((changed & ~next[p].writes()) != 0) {
            findings.add("step " + t.step() + " of process " + p + " writes locations " + bits(changed & ~next[p].writes())
                    + " outside its next writes " + bits(next[p].writes()) + " in " + s);
        }
        if (changed == 0 && !s.equals(target)) {
            findings.add("step " + t.step() + " changes the state but no location: " + s + " -> " + target);
        }
        for (int x = 0; x < next.length; x++) {
            Footprint nextAfter = footprints.next(target, x);
            Footprint futureAfter = footprints.future(target, x);
            if (!nextAfter.within(future[x]) || !futureAfter.within(future[x])) {
                findings.add("after step " + t.step() + ", process " + x + " may touch more than its future " + future[x]
                        + " allowed: next " + nextAfter + ", future " + futureAfter + " in " + target);
            }
            if (x != p && !nextAfter.within(next[x])) {
                findings.add("step " + t.step() + " of process " + p + " widened process " + x + "'s next step from " + next[x]
                        + " to " + nextAfter + " in " + target);
            }
        }
        for (Property<S, A> property : properties) {
            if ((next[p].writes() & footprints.observes(property)) == 0 && changesValue(property, s, target)) {
                findings.add("step " + t.step() + " writes nothing property '" + property.name() + "' observes but changes its value: "
                        + s + " -> " + target);
            }
        }
    }

    private static <S, A> boolean changesValue(Property<S, A> p, S before, S after) {
        if (p instanceof Property.Always<S, A> a) {
            return a.invariant().test(before) != a.invariant().test(after);
        }
        if (p instanceof Property.Sometimes<S, A> w) {
            return w.witness().test(before) != w.witness().test(after);
        }
        return false;
    }

    /** Steps a (process p) and b (process q), declared independent: b's process keeps its steps after a, and a then b ends where b then a does. */
    private void auditPair(S s, List<Transition<S, A>> steps, java.util.List<List<Transition<S, A>>> after, int a, int b,
                           int[] processOf, java.util.List<String> findings) {
        Transition<S, A> ta = steps.get(a);
        Transition<S, A> tb = steps.get(b);
        int q = processOf[b];
        List<Transition<S, A>> qBefore = steps.filter(t -> footprints.processOf(t.step()) == q);
        List<Transition<S, A>> qAfterA = after.get(a).filter(t -> footprints.processOf(t.step()) == q);
        if (qBefore.size() != qAfterA.size() || !qBefore.map(Transition::step).toSet().equals(qAfterA.map(Transition::step).toSet())) {
            findings.add("steps " + ta.step() + " and " + tb.step() + " are declared independent, but after " + ta.step()
                    + " process " + q + " can take " + qAfterA.map(Transition::step) + " instead of " + qBefore.map(Transition::step)
                    + " in " + s);
            return;
        }
        // b then a: the targets of a from b's target; a then b: the targets of b (same label) from a's target.
        List<S> viaB = after.get(b).filter(t -> t.step().equals(ta.step())).map(Transition::target);
        boolean commutes = qAfterA.filter(t -> t.step().equals(tb.step())).exists(t -> viaB.contains(t.target()));
        if (!commutes) {
            findings.add("steps " + ta.step() + " and " + tb.step() + " are declared independent but do not commute in " + s);
        }
    }

    private static String bits(long mask) {
        java.util.List<Integer> out = new ArrayList<>();
        for (long b = mask; b != 0; b &= b - 1) {
            out.add(Long.numberOfTrailingZeros(b));
        }
        return out.toString();
    }
}
