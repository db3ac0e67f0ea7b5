package teardown.model.blkback;

/**
 * The guest's requests on one ring, counted per stage (requests are interchangeable, so counts
 * lose nothing and keep the state space small): still to be put on the ring by a running guest,
 * on the ring and not yet consumed by xenblkd, submitted to the disk, and answered. A migrating
 * guest is suspended, so it has none left to put on the ring.
 * See docs/model/choices.md#1-requests-as-counts-every-split.
 */
@teardown.model.Api
public record Requests(int onRing, int inFlight, int completed, int unsent) {

    public Requests(int onRing, int inFlight, int completed) {
        this(onRing, inFlight, completed, 0);
    }

    public static Requests none() {
        return new Requests(0, 0, 0, 0);
    }

    /** A running guest with {@code n} requests still to issue. */
    public static Requests toIssue(int n) {
        return new Requests(0, 0, 0, n);
    }

    public Requests consumeAndSubmit() {
        return new Requests(onRing - 1, inFlight + 1, completed, unsent);
    }

    public Requests completeOne() {
        return new Requests(onRing, inFlight - 1, completed + 1, unsent);
    }

    /** blkif_queue_request: the guest puts one more request on the ring. */
    public Requests issueOne() {
        return new Requests(onRing + 1, inFlight, completed, unsent - 1);
    }

    /** Requests the guest has issued and not seen answered. */
    public int outstanding() {
        return onRing + inFlight;
    }
}
