package teardown.model.blkback;

/**
 * The guest's requests outstanding at the final suspend, counted per stage (requests are
 * interchangeable, so counts lose nothing and keep the state space small). The guest is
 * suspended, so no new request ever arrives on the ring.
 * See docs/model/choices.md#1-requests-as-counts-every-split.
 */
public record Requests(int onRing, int inFlight, int completed) {

    public Requests consumeAndSubmit() {
        return new Requests(onRing - 1, inFlight + 1, completed);
    }

    public Requests completeOne() {
        return new Requests(onRing, inFlight - 1, completed + 1);
    }
}
