package teardown.model;

import io.vavr.collection.Set;
import io.vavr.collection.LinkedHashSet;

/**
 * Error paths of the source, switched on like hazards (docs/model/failures.md): where the code
 * handles a failure, a configuration can let that call fail, each time it is made, so the model
 * follows the error path as written. Both calls are on the connect path, which every driver with
 * one has (the 2.6.18 trees' connect_ring and update_blkif_status, xen-blkback's connect_ring and
 * xen_update_blkif_status); a scenario that never connects (migrate, detach, destroy start
 * connected) never takes them.
 */
@Api
public enum Failure {
    KTHREAD_RUN("kthread_run of a ring's xenblkd fails (ENOMEM or EINTR in kthread_create)"),
    RING_MAP("xen_blkif_map fails for a ring (the grant map or the event channel bind)");

    private final String description;

    Failure(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public String description() {
        return description;
    }

    public static Set<Failure> all() {
        return LinkedHashSet.of(values());
    }
}
