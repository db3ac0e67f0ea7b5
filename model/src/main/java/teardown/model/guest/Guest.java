package teardown.model.guest;

/**
 * The guest whose devices are torn down, on this host: running (it may use its disks and write its
 * frontends' state nodes), suspended for a migration (its final state sent), paused by a domain
 * destroy (it will never run again), or destroyed.
 */
@teardown.model.Api
public enum Guest {
    RUNNING, SUSPENDED, PAUSED, DESTROYED;

    /** Its vCPUs may still run, so its blkfronts may act. */
    public boolean runs() {
        return this == RUNNING;
    }

    /** It can never run here again. */
    public boolean gone() {
        return this == PAUSED || this == DESTROYED;
    }
}
