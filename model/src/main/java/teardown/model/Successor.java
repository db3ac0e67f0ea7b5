package teardown.model;

/** An enabled step and the state it leads to. */
@Api
public record Successor(Step step, TeardownState next) {

    /** A per-device step's successor: the whole state its device view leads to. */
    public Successor(Step step, DeviceView next) {
        this(step, next.whole());
    }

    /** The same successor with its step labelled as about device (or bystander) {@code i}. */
    public Successor at(int i) {
        return new Successor(step.at(i), next);
    }

    /** The same successor with its step labelled as about ring {@code r}. */
    public Successor onRing(int r) {
        return new Successor(step.onRing(r), next);
    }
}
