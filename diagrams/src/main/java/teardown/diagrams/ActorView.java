package teardown.diagrams;

import java.util.function.Function;
import teardown.checker.StateDiff;
import teardown.model.Actor;
import teardown.model.DeviceView;
import teardown.model.TeardownState;

/**
 * What one actor's state machine shows: the part of the global state that is that actor's phase.
 * Udev and the disk have no phase of their own, so they are seen through what they change: the
 * device's visibility and the requests' stages.
 */
public enum ActorView {
    XENWATCH(Actor.XENWATCH, s -> s.xenwatch().at()),
    XENBLKD(Actor.XENBLKD, s -> perDevice(s, v -> StateDiff.render(v.xenblkd().phase()))),
    TOOLSTACK(Actor.TOOLSTACK, s -> StateDiff.render(s.toolstack().phase()) + (s.toolstack().timedOut() ? "\n(timed out)" : "")
            + (s.toolstack().aborted() ? "\n(aborted)" : "")),
    TARGET(Actor.TARGET, s -> StateDiff.render(s.target())),
    UDEV(Actor.UDEV, s -> perDevice(s, ActorView::visibility)),
    DISK(Actor.DISK, s -> perDevice(s, v -> "ring " + v.requests().onRing() + ", in flight " + v.requests().inFlight()
            + ", done " + v.requests().completed()));

    private final Actor actor;
    private final Function<TeardownState, String> phase;

    ActorView(Actor actor, Function<TeardownState, String> phase) {
        this.actor = actor;
        this.phase = phase;
    }

    /** The actor whose own steps are drawn even when they leave the phase unchanged. */
    public Actor actor() {
        return actor;
    }

    public String phaseOf(TeardownState state) {
        return phase.apply(state);
    }

    public String id() {
        return actor.id();
    }

    /** A per-device actor's phase: as it is with one device, one line per device ("vbd1: ...") with several. */
    static String perDevice(TeardownState s, Function<DeviceView, String> phase) {
        return s.vbds().size() == 1 ? phase.apply(s.view(0))
                : s.views().map(v -> "vbd" + v.index() + ": " + phase.apply(v)).mkString("\n");
    }

    private static String visibility(DeviceView d) {
        var v = d.visibility();
        return (v.sysfsDevice() ? "sysfs" : "no sysfs") + ", " + (v.backendDir() ? "backend dir" : "no backend dir")
                + (v.shutdownDone() ? ", shutdown-done" : "") + "\nuevent " + StateDiff.render(v.uevent());
    }
}
