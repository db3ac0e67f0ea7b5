package teardown.model.guest;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Scenario;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.ToolstackProgress;

/**
 * The guest's block frontend (drivers/block/xen-blkfront.c; FreeBSD sys/dev/xen/blkfront/blkfront.c):
 * what it does with requests outstanding at suspend, whether it re-issues them on the target, and,
 * in a guest that runs on, how blkfront reacts to the backend's state and what the guest's own
 * workload does with the disk. Adding a frontend means adding a class; the constants below are the
 * id registry.
 */
@teardown.model.Api
public interface Frontend {

    Frontend LINUX = new LinuxBlkfront(false);
    Frontend LINUX_5_13 = new LinuxBlkfront(true);
    Frontend FREEBSD = new FreebsdBlkfront();

    /** The frontends of the default matrix. */
    static Frontend[] values() {
        return new Frontend[] {LINUX, FREEBSD};
    }

    static List<Frontend> all() {
        return List.of(values());
    }

    /** Every frontend the command line knows. */
    static List<Frontend> known() {
        return List.of(LINUX, LINUX_5_13, FREEBSD);
    }

    String id();

    String description();

    /** Where the source toolstack starts: the final state already sent, or a suspend still waiting on the frontend. */
    ToolstackProgress initialToolstack();

    /** The frontend's own steps at suspend (a draining frontend's drain or its cancelled suspend). */
    List<Successor> atSuspend(Configuration c, TeardownState s, boolean nothingElseEnabled);

    /** It can cancel the suspend, so the migration fails before the teardown starts (FreeBSD's drain that runs out). */
    default boolean cancelsSuspend() {
        return false;
    }

    /** On the target it re-issues the requests it never saw answered, so it may later write the same blocks again. */
    boolean reissuesOnTarget();

    /** blkfront's reactions to the backend's state in a guest that runs (its otherend watch): owed fairness. */
    default List<Successor> blkfront(Configuration c, DeviceView s) {
        return List.empty();
    }

    /** What the guest's workload may do with the disk (no fairness): unmount it, for a frontend that cares. */
    default List<Successor> workload(Configuration c, DeviceView s) {
        return List.empty();
    }

    /** Why this frontend's behaviour is not modelled in a scenario, if it is not. */
    default Option<String> cannotRun(Scenario s) {
        return Option.none();
    }
}
