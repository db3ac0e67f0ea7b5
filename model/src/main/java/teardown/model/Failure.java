package teardown.model;

import io.vavr.collection.Set;
import io.vavr.collection.LinkedHashSet;

/**
 * Error paths of the source, switched on like hazards (docs/model/failures.md): where the code
 * handles a failure, a configuration can let that call fail, each time it is made, so the model
 * follows the error path as written. Each names the drivers whose code has the call.
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
