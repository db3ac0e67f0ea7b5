package teardown.timing;

import teardown.model.toolstack.ToolstackProgress.Phase;
import io.vavr.collection.List;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.Teardown;
import teardown.model.TeardownState;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;

/**
 * The blackout of one variant over every run of the untimed model, with the actors' steps
 * overlapping in time as they really do. In short (docs/blackout.md has the argument):
 *
 * <ul>
 *   <li>A step starts when its actor is free and the step that enabled it has ended (the disk
 *       serves its queue in parallel, so only the second applies to it); it ends its duration
 *       later. A timeout ends its deadline after its actor began to wait.</li>
 *   <li>A path of the state graph is a timed run only if its steps end in the order of the path
 *       (a run's states are the states between its commits, in time order), and no step that
 *       was due earlier was withdrawn by a later one (a running step is not undone, and a
 *       timeout whose deadline passed has fired). Other paths are dropped.</li>
 *   <li>The best case takes every step at its shortest (a step may take longer, up to its
 *       longest, to keep the path's order), the worst case every step at its longest.</li>
 *   <li>Every path is followed, depth first; prefixes that agree on the state and on every time
 *       the rest of the run can read are merged.</li>
 * </ul>
 */
public final class BlackoutAnalysis {

    /** Timed prefixes kept per pass before the search gives up and says so. */
    public static final long DEFAULT_MAX_PREFIXES = 2_000_000;

    private static final int ACTORS = Actor.values().length;

    private final Configuration config;
    private final long maxPrefixes;
    /** The untimed graph as far as read, shared by every memory size. */
    private final Map<TeardownState, Shape> shapes = new HashMap<>();
    /** Every distinct step read so far, numbered, so that a state's labels compare as ints. */
    private final Map<Step, Integer> stepIds = new HashMap<>();
    private final java.util.List<Step> steps = new java.util.ArrayList<>();
    /** The shortest untimed path to a stuck end: it does not depend on the durations, so it is searched once. */
    private final io.vavr.Lazy<io.vavr.control.Option<List<Step>>> stuck = io.vavr.Lazy.of(this::stuckRun);
    private StepTimes times;
    /** Each step's duration at the current memory size, by step number. */
    private final java.util.List<StepTimes.Timed> timedSteps = new java.util.ArrayList<>();
    private final Set<String> fallbacks = new TreeSet<>();

    private BlackoutAnalysis(Configuration config, long maxPrefixes) {
        this.config = config;
        this.maxPrefixes = maxPrefixes;
    }

    public static Blackout analyse(Configuration c, TimingTable table, double memoryGib) {
        return analyse(c, table, List.of(memoryGib), DEFAULT_MAX_PREFIXES).head();
    }

    /** One result per memory size, in the order given; the untimed graph is read once. */
    public static List<Blackout> analyse(Configuration c, TimingTable table, List<Double> memoryGib, long maxPrefixes) {
        BlackoutAnalysis a = new BlackoutAnalysis(c, maxPrefixes);
        return memoryGib.map(m -> a.analyse(new StepTimes(table, m)));
    }

    public static Blackout analyse(Configuration c, StepTimes times, long maxPrefixes) {
        return new BlackoutAnalysis(c, maxPrefixes).analyse(times);
    }

    private Blackout analyse(StepTimes t) {
        times = t;
        timedSteps.clear();
        fallbacks.clear();
        Pass best = run(false);
        Pass worst = run(true);
        double worstBlackout = worst.worstBlackout;
        List<TimedStep> worstRun = worst.worstRun();
        // A stuck end the untimed model reaches is a run of some durations within the intervals,
        // even when the all-longest pass dropped it as out of order: the worst case is then never.
        io.vavr.control.Option<List<Step>> stuckPath = Blackout.never(worstBlackout) ? io.vavr.control.Option.none() : stuck.get();
        if (stuckPath.isDefined()) {
            worstBlackout = Double.POSITIVE_INFINITY;
            worstRun = oneAfterAnother(stuckPath.get());
        }
        return new Blackout(config, t.memoryGib(), best.bestBlackout, worstBlackout, worst.worstXenwatch,
                worstRun, best.complete && worst.complete, best.prefixes + worst.prefixes,
                List.ofAll(fallbacks));
    }

    /** A shortest untimed path to a state where nothing can move and the blackout has not ended. */
    private io.vavr.control.Option<List<Step>> stuckRun() {
        Map<TeardownState, Successor> reachedBy = new HashMap<>();
        Map<TeardownState, TeardownState> parent = new HashMap<>();
        ArrayDeque<TeardownState> queue = new ArrayDeque<>();
        for (TeardownState init : Teardown.initialStates(config)) {
            if (parent.putIfAbsent(init, init) == null) {
                queue.add(init);
            }
        }
        while (!queue.isEmpty()) {
            TeardownState s = queue.poll();
            Shape sh = shape(s);
            if (sh.successors.isEmpty() && !ended(s)) {
                List<Step> path = List.empty();
                for (TeardownState at = s; parent.get(at) != at; at = parent.get(at)) {
                    path = path.prepend(reachedBy.get(at).step());
                }
                return io.vavr.control.Option.some(path);
            }
            if (ended(s)) {
                continue; // the blackout is over on this path, whatever follows
            }
            for (Successor next : sh.successors) {
                if (parent.putIfAbsent(next.next(), s) == null) {
                    reachedBy.put(next.next(), next);
                    queue.add(next.next());
                }
            }
        }
        return io.vavr.control.Option.none();
    }

    /** An untimed path shown with each step at its longest, one after another (no critical path: it never ends). */
    private List<TimedStep> oneAfterAnother(List<Step> path) {
        double[] clock = {0};
        return path.zipWithIndex().map(t -> {
            StepTimes.Timed timed = timed(t._1);
            double start = clock[0];
            clock[0] += timed.interval().max();
            return new TimedStep(t._2 + 1, t._1, start, clock[0], timed.key(), false);
        });
    }

    /**
     * The blackout ends when the target runs, or, after an abort, when the source guest runs again
     * with its disks served. An abort that leaves the source paused, or without its disk, never
     * ends it.
     */
    static boolean ended(TeardownState s) {
        return s.target() == Target.RUNNING
                || s.toolstack().at(Phase.DONE) && s.target() == Target.WAITING_FOR_STREAM && s.sourceResumed();
    }

    static boolean inCallback(TeardownState s) {
        return s.xenwatch().inCallback();
    }

    private StepTimes.Timed timed(Step step) {
        return timed(stepId(step));
    }

    private StepTimes.Timed timed(int stepId) {
        while (timedSteps.size() <= stepId) {
            timedSteps.add(null);
        }
        StepTimes.Timed known = timedSteps.get(stepId);
        if (known != null) {
            return known;
        }
        Step st = steps.get(stepId);
        StepTimes.Timed t = times.of(config, st);
        if (t.fallback()) {
            fallbacks.add(st + " -> " + t.key());
        }
        timedSteps.set(stepId, t);
        return t;
    }

    private int stepId(Step step) {
        return stepIds.computeIfAbsent(step, st -> {
            steps.add(st);
            return steps.size() - 1;
        });
    }

    // ---- the untimed graph, read once per state ----

    /**
     * A state's enabled steps and its distinct labels (a label may lead to several states), each
     * label also by its step number; the successors' shapes are looked up once, on first use.
     */
    private static final class Shape {
        final int id;
        final List<Successor> successors;
        final Step[] labels;
        final int[] labelIds;
        final int[] labelOf;
        private final Shape[] next;

        Shape(int id, List<Successor> successors, Step[] labels, int[] labelIds, int[] labelOf) {
            this.id = id;
            this.successors = successors;
            this.labels = labels;
            this.labelIds = labelIds;
            this.labelOf = labelOf;
            this.next = new Shape[successors.size()];
        }

        /** The label with this step number, or -1. */
        int label(int stepId) {
            for (int i = 0; i < labelIds.length; i++) {
                if (labelIds[i] == stepId) {
                    return i;
                }
            }
            return -1;
        }
    }

    private Shape shape(TeardownState s) {
        Shape known = shapes.get(s);
        if (known != null) {
            return known;
        }
        List<Successor> succ = Teardown.successors(config, s);
        Step[] labels = succ.map(Successor::step).distinct().toJavaArray(Step[]::new);
        int[] labelIds = Arrays.stream(labels).mapToInt(this::stepId).toArray();
        int[] labelOf = new int[succ.size()];
        for (int i = 0; i < succ.size(); i++) {
            labelOf[i] = Arrays.asList(labels).indexOf(succ.get(i).step());
        }
        Shape sh = new Shape(shapes.size(), succ, labels, labelIds, labelOf);
        shapes.put(s, sh);
        return sh;
    }

    /** The shape of successor {@code i} of {@code sh}. */
    private Shape next(Shape sh, int i) {
        if (sh.next[i] == null) {
            sh.next[i] = shape(sh.successors.get(i).next());
        }
        return sh.next[i];
    }

    // ---- timed prefixes ----

    /**
     * A path so far, with the times the rest of the run can read: when each actor is free, since
     * when each enabled step has been enabled, when the last step ended. The links keep the run
     * for its trace.
     */
    private static final class Prefix {
        final TeardownState state;
        final Shape shape;
        final int stateId;
        final Prefix parent;
        final Step step;
        final String key;
        final double start;
        final double end;
        /** the step whose end decided this one's start or end; null for none */
        final Prefix cause;
        final double[] free = new double[ACTORS];
        final Prefix[] freeBy = new Prefix[ACTORS];
        final double[] since;
        final Prefix[] sinceBy;
        double blackout = Double.POSITIVE_INFINITY;
        Prefix blackoutAt;
        double callbackStart = Double.NaN;
        double longestCallback;

        Prefix(TeardownState state, Shape shape, Prefix parent, Step step, String key, double start, double end, Prefix cause) {
            this.state = state;
            this.shape = shape;
            this.stateId = shape.id;
            this.parent = parent;
            this.step = step;
            this.key = key;
            this.start = start;
            this.end = end;
            this.cause = cause;
            this.since = new double[shape.labels.length];
            this.sinceBy = new Prefix[shape.labels.length];
        }

        /** Equal identities have equal futures and equal results so far. */
        Identity identity() {
            double[] t = new double[ACTORS + since.length + 4];
            System.arraycopy(free, 0, t, 0, ACTORS);
            System.arraycopy(since, 0, t, ACTORS, since.length);
            int k = ACTORS + since.length;
            t[k++] = end;
            t[k++] = blackout;
            t[k++] = callbackStart;
            t[k] = longestCallback;
            return new Identity(stateId, t);
        }
    }

    private record Identity(int state, double[] times) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && state == i.state && Arrays.equals(times, i.times);
        }

        @Override
        public int hashCode() {
            return state * 31 + Arrays.hashCode(times);
        }
    }

    /** One pass over every path, every step at its longest (worst) or shortest (best). */
    private static final class Pass {
        double bestBlackout = Double.POSITIVE_INFINITY;
        double worstBlackout = Double.NEGATIVE_INFINITY;
        double worstXenwatch = 0;
        Prefix worstEnd;
        long prefixes;
        boolean complete = true;

        void finish(Prefix p) {
            double xenwatch = inCallback(p.state) ? Double.POSITIVE_INFINITY : p.longestCallback;
            worstXenwatch = Math.max(worstXenwatch, xenwatch);
            bestBlackout = Math.min(bestBlackout, p.blackout);
            if (p.blackout > worstBlackout) {
                worstBlackout = p.blackout;
                worstEnd = p;
            }
        }

        /** The worst run up to the blackout's end (or to its stuck end), critical path marked. */
        List<TimedStep> worstRun() {
            if (worstEnd == null) {
                return List.empty();
            }
            boolean never = Double.isInfinite(worstEnd.blackout);
            Prefix last = never ? worstEnd : worstEnd.blackoutAt;
            Set<Prefix> critical = new HashSet<>();
            for (Prefix p = never ? null : last; p != null && p.step != null; p = p.cause) {
                critical.add(p);
            }
            List<Prefix> path = List.empty();
            for (Prefix p = last; p.step != null; p = p.parent) {
                path = path.prepend(p);
            }
            return path.zipWithIndex().map(t -> new TimedStep(t._2 + 1, t._1.step, t._1.start, t._1.end, t._1.key,
                    critical.contains(t._1)));
        }
    }

    private Pass run(boolean longest) {
        Pass pass = new Pass();
        Set<Identity> seen = new HashSet<>();
        ArrayDeque<Prefix> stack = new ArrayDeque<>();
        for (TeardownState init : Teardown.initialStates(config).reverse()) {
            Shape sh = shape(init);
            Prefix root = new Prefix(init, sh, null, null, null, 0, 0, null);
            if (seen.add(root.identity())) {
                stack.push(root);
            }
        }
        while (!stack.isEmpty()) {
            if (pass.prefixes >= maxPrefixes) {
                pass.complete = false;
                break;
            }
            Prefix p = stack.pop();
            pass.prefixes++;
            Shape sh = p.shape;
            if (sh.successors.isEmpty()) {
                pass.finish(p);
                continue;
            }
            for (int i = sh.successors.size() - 1; i >= 0; i--) {
                Prefix child = step(p, sh, i, longest);
                if (child != null && seen.add(child.identity())) {
                    stack.push(child);
                }
            }
        }
        return pass;
    }

    /** When step {@code i} of {@code p}'s state could start, and the latest it could end. */
    private record Window(double start, double shortest, double latest, Prefix cause) {
    }

    private Window window(Prefix p, Shape sh, int i, boolean longest) {
        Step step = sh.successors.get(i).step();
        StepTimes.Timed t = timed(sh.labelIds[sh.labelOf[i]]);
        int actor = step.actor().ordinal();
        int label = sh.labelOf[i];
        if (t.deadline()) {
            // A timeout fires its deadline after its actor began to wait (when it last finished).
            double start = p.free[actor];
            double fire = Math.max(start + t.interval().max(), p.since[label]);
            return new Window(start, fire, fire, fire == p.since[label] ? p.sinceBy[label] : p.freeBy[actor]);
        }
        double free = t.concurrent(step.actor()) ? 0 : p.free[actor];
        double start = Math.max(free, p.since[label]);
        Prefix cause = free >= p.since[label] ? p.freeBy[actor] : p.sinceBy[label];
        return new Window(start, start + (longest ? t.interval().max() : t.interval().min()), start + t.interval().max(), cause);
    }

    /** Takes successor {@code i} of {@code p} in time, or returns null when no timed run takes that order. */
    private Prefix step(Prefix p, Shape sh, int i, boolean longest) {
        Successor s = sh.successors.get(i);
        Window w = window(p, sh, i, longest);
        double end = w.shortest;
        Prefix cause = w.cause;
        if (end < p.end) {
            return null; // it would end before the step the path puts before it: another path has that order
        }
        TeardownState next = s.next();
        Shape nsh = next(sh, i);
        // Urgency: another actor's step, due before this one ends, cannot be withdrawn by it.
        for (int j = 0; j < sh.successors.size(); j++) {
            Step other = sh.successors.get(j).step();
            if (other.actor() != s.step().actor() && nsh.label(sh.labelIds[sh.labelOf[j]]) < 0 && window(p, sh, j, longest).latest < end) {
                return null;
            }
        }
        int actor = s.step().actor().ordinal();
        Prefix c = new Prefix(next, nsh, p, s.step(), timed(sh.labelIds[sh.labelOf[i]]).key(), w.start, end, cause);
        System.arraycopy(p.free, 0, c.free, 0, ACTORS);
        System.arraycopy(p.freeBy, 0, c.freeBy, 0, ACTORS);
        c.free[actor] = end;
        c.freeBy[actor] = c;
        // A step enabled before and after keeps its time; one this step enabled starts counting now.
        for (int l = 0; l < nsh.labels.length; l++) {
            int before = sh.label(nsh.labelIds[l]);
            c.since[l] = before >= 0 ? p.since[before] : end;
            c.sinceBy[l] = before >= 0 ? p.sinceBy[before] : c;
        }
        c.blackout = p.blackout;
        c.blackoutAt = p.blackoutAt;
        if (!ended(p.state) && ended(next)) {
            c.blackout = end;
            c.blackoutAt = c;
        }
        c.longestCallback = p.longestCallback;
        c.callbackStart = p.callbackStart;
        if (!inCallback(p.state) && inCallback(next)) {
            c.callbackStart = w.start;
        }
        if (inCallback(p.state) && !inCallback(next)) {
            c.longestCallback = Math.max(c.longestCallback, end - p.callbackStart);
            c.callbackStart = Double.NaN;
        }
        return c;
    }
}
