package teardown.model.kernel;

/**
 * A point in kernel code where a thread stopped and will go on from: the place it waits at (or the
 * place a called function returns to), the ring a loop over rings had reached, and one int for a
 * local or a returned value (for example -EBUSY). {@code waitsFor} says what kind of thing the
 * thread waits for there, for the deadlock analysis; a return point waits for nothing.
 */
@teardown.model.Api
public record Frame(String at, WaitsFor waitsFor, int ring, int value) {

    /** What a thread stopped at a frame is waiting for. */
    public enum WaitsFor {
        /** not waiting: a return point the caller goes on from in the same step. */
        NOTHING,
        /** not waiting: the thread goes on from here at its next step (a return point that ends the step, or a yield). */
        NEXT_STEP,
        /** kthread_stop: the thread of the frame's ring to exit. */
        THREAD_EXIT,
        /** a wait for every in-flight request to drop its blkif reference (refcnt == 0, or inflight == 0). */
        IN_FLIGHT,
        /** the 2008 patch's wait_event(be->wq, xenblkd == NULL): xenblkd to finish its close path. */
        THREAD_SIGNAL,
        /** a semaphore another thread may hold (blkback_dev_sem). */
        SEMAPHORE
    }

    public static Frame returnTo(String at) {
        return new Frame(at, WaitsFor.NOTHING, 0, 0);
    }

    /** A point the thread goes on from at its next step, with nothing to wait for. */
    public static Frame nextStep(String at) {
        return new Frame(at, WaitsFor.NEXT_STEP, 0, 0);
    }

    /** Resuming here needs nothing but the thread's turn. */
    public boolean waits() {
        return waitsFor != WaitsFor.NOTHING && waitsFor != WaitsFor.NEXT_STEP;
    }

    public Frame withValue(int v) {
        return new Frame(at, waitsFor, ring, v);
    }

    @Override
    public String toString() {
        return at + (ring == 0 ? "" : " [ring " + ring + "]");
    }
}
