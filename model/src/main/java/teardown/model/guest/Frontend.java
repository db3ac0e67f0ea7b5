package teardown.model.guest;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.ToolstackProgress;

/**
 * The source guest's block frontend (drivers/block/xen-blkfront.c; FreeBSD sys/dev/xen/blkfront/blkfront.c): what it does with requests outstanding at
 * suspend, and whether it re-issues them on the target. Adding a frontend means adding a class;
 * the constants below are the id registry.
 */
public interface Frontend {

    Frontend LINUX = new LinuxBlkfront();
    Frontend FREEBSD = new FreebsdBlkfront();

    static Frontend[] values() {
        return new Frontend[] {LINUX, FREEBSD};
    }

    static List<Frontend> all() {
        return List.of(values());
    }

    String id();

    String description();

    /** Where the source toolstack starts: the final state already sent, or a suspend still waiting on the frontend. */
    ToolstackProgress initialToolstack();

    /** The frontend's own steps at suspend (a draining frontend's drain or its cancelled suspend). */
    List<Successor> atSuspend(Configuration c, TeardownState s, boolean nothingElseEnabled);

    /** On the target it re-issues the requests it never saw answered, so it may later write the same blocks again. */
    boolean reissuesOnTarget();
}
