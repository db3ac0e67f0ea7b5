package teardown.model;

import teardown.model.toolstack.Toolstack;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Step citations of today's stacks name functions and files that exist in the public trees they cite. */
class TodaysStacksCitationsTest {

    @Test
    void xlsLastStepCitesLibxlsRealDestroyCallback() {
        StepByStep s = xlThroughRemove().take(Actor.XENWATCH, "state Closed").take(Actor.TOOLSTACK, "backend state Closed");
        String source = s.enabled().filter(x -> x.step().name().equals("xc_domain_destroy")).head().step().source();
        // libxl_domain.c has domain_destroy_domid_cb (the child that calls xc_domain_destroy); no libxl__ variant exists.
        assertTrue(source.contains(" domain_destroy_domid_cb"), source);
        assertFalse(source.contains("libxl__domain_destroy_domid_cb"), source);
    }

    @Test
    void xlsUdevStepDoesNotCiteTheRulesFileXenRemoved() {
        StepByStep s = xlThroughRemove().take(Actor.XENWATCH, "device_del");
        String source = s.enabled().filter(x -> x.step().actor() == Actor.UDEV).head().step().source();
        // tools/hotplug/Linux/xen-backend.rules was deleted from xen.git in 2015 (2ba368d138).
        assertTrue(source.contains("2ba368d138"), source);
    }

    /** xl with upstream blkback and nothing outstanding, up to the point where xen_blkbk_remove has returned. */
    private static StepByStep xlThroughRemove() {
        return StepByStep.start(Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY), 0, 0)
                .take(Actor.TOOLSTACK, "permission to go").take(Actor.TARGET, "unpause")
                .take(Actor.TOOLSTACK, "libxl_domain_destroy").take(Actor.XENWATCH, "otherend_changed")
                .take(Actor.XENWATCH, "kthread_stop(xenblkd)").take(Actor.XENBLKD, "wait_event_interruptible")
                .take(Actor.XENBLKD, "xen_blkif_schedule returns").take(Actor.XENWATCH, "unmaps the ring");
    }
}
