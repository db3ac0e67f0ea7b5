package teardown.model.guest;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.ToolstackProgress;

/**
 * Linux blkfront: no suspend hook, so requests outstanding at suspend are not drained; on the
 * target blkfront_resume / blkif_recover re-issues every request it had not seen answered.
 */
public final class LinuxBlkfront implements Frontend {

    @Override
    public String id() {
        return "linux";
    }

    @Override
    public String description() {
        return "Linux blkfront: no drain at suspend; re-issues every unanswered request on the target";
    }

    @Override
    public ToolstackProgress initialToolstack() {
        return ToolstackProgress.stateSent();
    }

    @Override
    public List<Successor> atSuspend(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return List.empty();
    }

    @Override
    public boolean reissuesOnTarget() {
        return true;
    }

    @Override
    public String toString() {
        return id();
    }
}
