package teardown.model;

/**
 * The label of one transition: who moved, what it did (named after the source it models), and the
 * file and function of that source, so a trace reads like the code. {@code index} says which of
 * several devices (or bystander guests) the step is about, and {@code ring} which of a device's
 * several rings; each is -1 when there is only one, so a one-device, one-ring trace reads as it
 * always did.
 */
@Api
public record Step(Actor actor, int index, int ring, String name, String source) {

    /** The index of a step about the only device (or ring), or of a shared actor's step about no device. */
    public static final int ONLY = -1;

    public Step(Actor actor, String name, String source) {
        this(actor, ONLY, ONLY, name, source);
    }

    public Step(Actor actor, int index, String name, String source) {
        this(actor, index, ONLY, name, source);
    }

    /** The same step, about device (or bystander) {@code i}. */
    public Step at(int i) {
        return new Step(actor, i, ring, name, source);
    }

    /** The same step, about ring {@code r} of its device. */
    public Step onRing(int r) {
        return new Step(actor, index, r, name, source);
    }

    /**
     * The process that moved, for fairness and for the trace's actor column: {@code xenblkd[1]} for
     * an actor each device has its own of, {@code xenblkd[r1]} or {@code xenblkd[1,r1]} for one each
     * ring has, plain {@code xenwatch} for a shared one.
     */
    public String who() {
        return who(actor, index, ring);
    }

    /** The process key of {@code actor}'s instance {@code index} (see {@link #who()}). */
    public static String who(Actor actor, int index) {
        return who(actor, index, ONLY);
    }

    public static String who(Actor actor, int index, int ring) {
        if (!actor.perInstance()) {
            return actor.id();
        }
        String device = index == ONLY ? "" : Integer.toString(index);
        String r = ring == ONLY ? "" : "r" + ring;
        return device.isEmpty() && r.isEmpty() ? actor.id() : actor.id() + "[" + device + (device.isEmpty() || r.isEmpty() ? "" : ",") + r + "]";
    }

    /** The step's name, prefixed with its device when a shared actor (xenwatch, the toolstack) acted on one of several. */
    public String what() {
        return !actor.perInstance() && index != ONLY ? "[vbd " + index + "] " + name : name;
    }

    @Override
    public String toString() {
        return who() + ": " + what();
    }
}
