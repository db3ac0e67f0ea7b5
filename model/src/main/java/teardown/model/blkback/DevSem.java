package teardown.model.blkback;

/**
 * The vendor tree's global blkback_dev_sem. Both users hold it only across a short section that
 * does not sleep on anything else, so the model takes and releases it within one step; it is held
 * across steps only when blkback_remove keeps it across its wait (hazard dev-sem-across-wait).
 * See docs/model/actors.md#blkback_dev_sem.
 */
@teardown.model.Api
public enum DevSem {
    FREE, HELD_BY_XENWATCH
}
