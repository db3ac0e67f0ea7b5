package teardown.checker;

/**
 * What a {@link TransitionSystem} declares so that the checker can leave out interleavings of
 * steps that do not interact (partial-order reduction; {@link Checker#reduction}). The system
 * implements this interface beside {@code TransitionSystem}; the checker never asks what a
 * location or a process means.
 *
 * <p>Every step belongs to one of {@link #processes()} processes. For each process the model
 * declares two over-approximations in a state {@code s}:
 * <ul>
 *   <li>{@link #next}: what the process's next step may read and write, whichever it turns out
 *       to be, enabled in {@code s} or enabled later by other processes' steps, as long as the
 *       process itself has not moved. Reads include the guards.</li>
 *   <li>{@link #future}: what any step the process may ever take from {@code s} on may read and
 *       write; it contains {@code next}.</li>
 * </ul>
 * The checker then expands, in {@code s}, only the enabled steps of a set of processes whose next
 * steps no other process can interfere with, ever, and whose processes without a step no other
 * process can give one ({@link #guard}; stubborn sets at the grain of processes).
 * {@link #observes} says what the checked invariants and witnesses read, so that steps that could
 * change their value are never postponed. {@link FootprintAudit} checks all of this against the
 * real successor function; use it in a test before trusting a reduction.
 *
 * <pre>
 *   // two counters, one per process: location i is counter i
 *   public int processes() { return 2; }
 *   public int processOf(String step) { return step.equals("a++") ? 0 : 1; }
 *   public Footprint next(S s, int p) { long me = Footprint.locations(p); return new Footprint(me, me); }
 *   public Footprint future(S s, int p) { return next(s, p); }
 *   public int locations() { return 2; }
 *   public Object valueAt(S s, int location) { return location == 0 ? s.a() : s.b(); }
 * </pre>
 */
public interface Footprints<S, A> {

    /** How many processes there are; they are numbered from 0. At most 64. */
    int processes();

    /** The process that takes {@code step}. */
    int processOf(A step);

    /** What process {@code process}'s next step from {@code state} may read and write (see the class comment). */
    Footprint next(S state, int process);

    /** What any step of {@code process} from {@code state} on may read and write. */
    Footprint future(S state, int process);

    /**
     * For a process with no step enabled in {@code state}: the locations whose values decide
     * whether it has one. While no other process writes one of them, it stays without a step, so
     * only the processes that may write them need to join a set it is in. The default, its next
     * step's reads (which include the guards), is always safe.
     */
    default long guard(S state, int process) {
        return next(state, process).reads();
    }

    /**
     * The locations {@code property} reads (for an invariant or a witness): steps that may write
     * one of them are never postponed. Deadlock freedom needs none. The default, every location,
     * is always safe and allows no reduction next to a property.
     */
    default long observes(Property<S, A> property) {
        return -1L;
    }

    /** How many locations there are (for {@link FootprintAudit}). */
    int locations();

    /** The value at a location in a state, compared with {@code equals} (for {@link FootprintAudit} only). */
    Object valueAt(S state, int location);
}
