import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.toolstack.ToolstackSteps;
import teardown.model.toolstack.Xl;

/**
 * xl with another order before 'permission to go': force-remove the source's vbds and wait for
 * Closed (libxl's 10 s wait, which carries on) first, then let the target go, then destroy the
 * source. A test of the Xl extension point (docs/extending.md): the phases before the unleash
 * replaced, the wait for Closed and the destroy reused.
 */
public class XlCloseFirst extends Xl {

    static final String GO = "sending-permission";
    static final String AFTER_GO = "awaiting-report-after-close";
    static final String SOURCE = "tools/xl/xl_migrate.c migrate_domain (a design: close the vbds before 'permission to go')";

    @Override
    public String id() {
        return "xl-close-first";
    }

    @Override
    public String description() {
        return "xl, but the source's vbds are force-removed and waited for (Closed, 10 s) before 'permission to go'";
    }

    @Override
    public List<Successor> steps(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.STATE_SENT -> List.of(ToolstackSteps.next(s, "vbd force remove before 'permission to go': rm frontend, online=0, state=Closing",
                    SOURCE + "; tools/libs/light/libxl_device.c libxl__initiate_device_generic_remove",
                    Xl.forceRemove(c, s).with(t.withPhase(Phase.WAITING_FOR_CLOSED))));
            case Phase.WAITING_FOR_CLOSED -> Xl.waitForClosed(c, s, nothingElseEnabled, GO);
            case GO -> List.of(ToolstackSteps.next(s, "write 'permission to go'", SOURCE,
                    s.with(t.withPhase(AFTER_GO)).with(ToolstackSteps.unleash(s))));
            case AFTER_GO -> s.target() != Target.RUNNING ? List.empty()
                    : List.of(ToolstackSteps.next(s, "report: target running; libxl_domain_destroy", SOURCE, s.with(t.withPhase(Phase.DESTROYING_DOMAIN))));
            default -> super.steps(c, s, nothingElseEnabled);
        };
    }
}
