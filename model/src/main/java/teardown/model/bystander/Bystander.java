package teardown.model.bystander;

/**
 * Another guest on the same host, not migrating. Its toolstack hot-plugs a disk and later shuts
 * it down; each is one watch event that only xenwatch, shared by every guest of dom0, can deliver.
 * The guest does one thing at a time: the shutdown comes only after the hot-plug was delivered.
 * See docs/model/actors.md#bystanders.
 */
public enum Bystander {
    /** nothing asked of xenwatch yet. */
    QUIET,
    /** the hot-plug's backend watch event waits in xenwatch's queue. */
    HOTPLUG_QUEUED,
    /** blkback has probed the new vbd. */
    HOTPLUGGED,
    /** the shutdown's watch event waits in xenwatch's queue. */
    SHUTDOWN_QUEUED,
    /** blkback has removed the bystander's vbd: the guest is gone. */
    SHUT_DOWN;

    /** One of its events waits for xenwatch. */
    public boolean waiting() {
        return this == HOTPLUG_QUEUED || this == SHUTDOWN_QUEUED;
    }
}
