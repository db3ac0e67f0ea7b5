import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.BoundedWait;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.guest.LinuxBlkfront;
import teardown.model.toolstack.ToolstackProgress;
import teardown.model.toolstack.ToolstackProgress.Phase;

/**
 * Linux blkfront that drains its requests at suspend, as the Amazon hibernation patches' freeze
 * callback does ("xen-blkfront: add callbacks for PM suspend and hibernation", 2020):
 * blk_mq_freeze_queue waits, without a bound, until every request the guest issued is answered,
 * and only then does the guest suspend and its final state go. Here that freeze runs at a
 * migration's suspend too. A disk that never answers keeps the guest from suspending; xl then gives
 * up after libxl's 60 s wait for the suspend and fails the migration ("guest did not suspend,
 * timed out"), so the target never runs. Nothing in the patch thaws the guest then: it stays
 * suspended, and the source never serves it again. Everything else is today's Linux blkfront.
 * Check it: ./teardown check --design examples/DrainingLinuxBlkfront.java --frontend linux,linux-drain --toolstack xl --driver upstream --disk all
 */
public class DrainingLinuxBlkfront extends LinuxBlkfront {

    static final String FREEZE = "drivers/block/xen-blkfront.c blkfront_freeze (Amazon hibernation patches, 2020: blk_mq_freeze_queue)";

    public DrainingLinuxBlkfront() {
        super(false); // today's blkfront: closes at once when asked, re-issues on the target what it never saw answered
    }

    @Override
    public String id() {
        return "linux-drain";
    }

    @Override
    public String description() {
        return "Linux blkfront with the hibernation freeze at suspend: blk_mq_freeze_queue drains every request before the guest suspends";
    }

    /** It holds the suspend until drained, and xl gives up on a suspend that does not come: the migration fails before the teardown starts. */
    @Override
    public boolean cancelsSuspend() {
        return true;
    }

    /** The source toolstack starts waiting for the guest to suspend, as with FreeBSD's drain. */
    @Override
    public ToolstackProgress initialToolstack() {
        return ToolstackProgress.guestSuspending();
    }

    @Override
    public List<Successor> atSuspend(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        if (!s.toolstack().at(Phase.GUEST_SUSPENDING)) {
            return List.empty();
        }
        if (s.everyVbd(v -> v.outstanding() == 0)) {
            return List.of(new Successor(new Step(Actor.GUEST,
                    "blkfront_freeze: blk_mq_freeze_queue returns, every request answered; the guest suspends, its final state is sent", FREEZE),
                    s.with(s.toolstack().withPhase(Phase.STATE_SENT))));
        }
        // blk_mq_freeze_queue has no bound; the sender's 60 s wait for the suspend has one, and it outlasts a healthy disk.
        if (!BoundedWait.mayRunOut(c, s, nothingElseEnabled)) {
            return List.empty();
        }
        return List.of(new Successor(new Step(Actor.TOOLSTACK,
                "60 s without the suspend: 'guest did not suspend, timed out'; xl: migration failed, failed to suspend at sender",
                "tools/libs/light/libxl_dom_suspend.c suspend_common_wait_guest_timeout; tools/xl/xl_migrate.c migrate_domain (failed_suspend)"),
                s.with(s.toolstack().abort())));
    }

    @Override
    public io.vavr.control.Option<String> cannotRun(teardown.model.Scenario scenario) {
        return scenario == teardown.model.Scenario.MIGRATE ? super.cannotRun(scenario)
                : io.vavr.control.Option.some("frontend linux-drain changes only the suspend of a migration; use linux in scenario " + scenario.id());
    }
}
