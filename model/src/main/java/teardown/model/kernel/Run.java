package teardown.model.kernel;

import io.vavr.collection.List;
import java.util.function.UnaryOperator;
import teardown.model.DeviceView;

/**
 * One stretch of kernel code that a thread runs without waiting, on one device: the state it
 * has built so far, what it did (the parts of the step's name) and which source functions it ran,
 * and the thread's stack of {@link Frame}s. A function that may wait is written as Java methods
 * that each run up to the next wait; a call pushes the caller's return point, a wait pushes the
 * waiting point and ends the step, and {@link #ret} pops back to the caller, whose code at that
 * point runs next, in the same step. Nothing here is mutable: every method returns a new Run.
 */
@teardown.model.Api
public record Run(DeviceView state, List<Frame> stack, List<String> names, List<String> sources, Next next, int returned) {

    /** How the stretch ends. */
    public enum Next {
        /** the code goes on at the top frame's point, in the same step. */
        CONTINUE,
        /** the step ends here; the thread goes on from the top frame at a later step (a wait, or a yield). */
        STOPPED,
        /** the stack is empty: the callback has returned. */
        RETURNED
    }

    /** Code starting (or resuming) on {@code s} with the thread's current stack. */
    public static Run on(DeviceView s, List<Frame> stack) {
        return new Run(s, stack, List.empty(), List.empty(), Next.CONTINUE, 0);
    }

    /** Appends what this stretch did, named after the function it models, and the source it stands for. */
    public Run did(String name, String source) {
        return new Run(state, stack, names.append(name), source.isEmpty() || sources.contains(source) ? sources : sources.append(source),
                next, returned);
    }

    public Run with(DeviceView s) {
        return new Run(s, stack, names, sources, next, returned);
    }

    public Run map(UnaryOperator<DeviceView> change) {
        return with(change.apply(state));
    }

    /** The frame the thread resumes from. */
    public Frame top() {
        return stack.head();
    }

    /** The top frame's value set to {@code v} (a local the code needs when it resumes there). */
    public Run withTopValue(int v) {
        return new Run(state, stack.tail().prepend(stack.head().withValue(v)), names, sources, next, returned);
    }

    /** Drops the top frame: the thread leaves the point it waited at. */
    public Run resumed() {
        return new Run(state, stack.tail(), names, sources, Next.CONTINUE, returned);
    }

    /** Calling a function that may wait: push where the caller goes on, in the same step, when it returns. */
    public Run call(String returnTo) {
        return new Run(state, stack.prepend(Frame.returnTo(returnTo)), names, sources, Next.CONTINUE, returned);
    }

    /** As {@link #call}, but the caller goes on at the step after the one in which the callee returns. */
    public Run callThenYield(String returnTo) {
        return new Run(state, stack.prepend(Frame.nextStep(returnTo)), names, sources, Next.CONTINUE, returned);
    }

    /** Waits at {@code at} for {@code on}: the step ends, and the thread resumes there once its wait is over. */
    public Run waitAt(String at, Frame.WaitsFor on, int ring) {
        return new Run(state, stack.prepend(new Frame(at, on, ring, 0)), names, sources, Next.STOPPED, returned);
    }

    /** Ends the step here with nothing to wait for: the thread goes on from {@code at} at its next step. */
    public Run yieldTo(String at) {
        return new Run(state, stack.prepend(Frame.nextStep(at)), names, sources, Next.STOPPED, returned);
    }

    /**
     * Returns from the current function with {@code value}: the caller goes on at its return point
     * (now, or at the next step if it was called with {@link #callThenYield}), or the callback ends.
     */
    public Run ret(int value) {
        if (stack.isEmpty()) {
            return new Run(state, stack, names, sources, Next.RETURNED, value);
        }
        Next then = stack.head().waitsFor() == Frame.WaitsFor.NEXT_STEP ? Next.STOPPED : Next.CONTINUE;
        return new Run(state, stack, names, sources, then, value);
    }

    public Run ret() {
        return ret(0);
    }

    /** The callback returns, whatever the stack held (device_unregister's path ends the callback). */
    public Run returnFromCallback() {
        return new Run(state, List.empty(), names, sources, Next.RETURNED, returned);
    }

    public String name() {
        return names.mkString("; ");
    }

    public String source() {
        return sources.mkString("; ");
    }
}
