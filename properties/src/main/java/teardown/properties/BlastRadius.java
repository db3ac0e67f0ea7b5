package teardown.properties;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.DeviceView;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.bystander.Bystander;
import teardown.model.xenbus.QueuedEvent;

/**
 * What one stuck xenwatch callback holds up besides its own device: the migrating guest's other
 * devices, and the bystander guests' hot-plugs and shutdowns, read off the end of a
 * counterexample to bystanders-progress (or xenwatch-progress). See docs/model/properties.md#bystanders-progress.
 */
public final class BlastRadius {

    private BlastRadius() {
    }

    /** Who else is held up in {@code end}, one phrase each; empty when nothing beyond the stuck device waits. */
    public static List<String> heldUp(TeardownState end) {
        if (!end.xenwatch().inCallback()) {
            return List.empty();
        }
        int stuck = end.xenwatch().device();
        List<String> devices = end.views().filter(v -> v.index() != stuck && !v.vbd().released()).map(v -> device(end, v));
        List<String> guests = List.range(0, end.bystanders().size()).filter(i -> end.bystanders().get(i).waiting())
                .map(i -> "bystander[" + i + "]'s " + (end.bystanders().get(i) == Bystander.HOTPLUG_QUEUED ? "hot-plug" : "shutdown")
                        + " (never delivered)");
        return devices.appendAll(guests);
    }

    private static String device(TeardownState end, DeviceView v) {
        List<String> queued = end.xenwatch().queue().filter(e -> e.event().forVbd() && e.index() == v.index()).map(QueuedEvent::toString);
        return "vbd" + v.index() + "'s teardown (" + (v.vbd().removes() == 0 ? "never starts" : "never finishes")
                + (queued.isEmpty() ? "" : ": " + queued.mkString(", ") + " queued behind the stuck callback") + ")";
    }

    /**
     * One sentence for a checked variant: whose remove xenwatch is stuck in and who is held up with
     * it, from the shortest counterexample to bystanders-progress (else xenwatch-progress).
     */
    public static Option<String> of(VariantResult r) {
        return evidence(r).flatMap(BlastRadius::sentence);
    }

    /** The counterexample the sentence is read from: bystanders-progress's, else xenwatch-progress's. */
    public static Option<Outcome<TeardownState, Step>> evidence(VariantResult r) {
        return List.of(PropertyId.BYSTANDERS_PROGRESS, PropertyId.XENWATCH_PROGRESS)
                .flatMap(p -> r.properties().find(o -> o.property().name().equals(p.id())))
                .find(o -> o.verdict() == Verdict.VIOLATED && o.trace().isDefined());
    }

    private static Option<String> sentence(Outcome<TeardownState, Step> o) {
        TeardownState end = o.trace().get().last();
        List<String> held = heldUp(end);
        if (held.isEmpty()) {
            return Option.none();
        }
        String where = end.vbds().size() == 1 ? "the device's remove" : "vbd" + end.xenwatch().device() + "'s remove";
        return Option.some("xenwatch is stuck in " + where + Blockage.xenwatchWaitsFor(end).map(w -> ", waiting for " + w).getOrElse("")
                + "; held up with it: " + held.mkString(", ") + " (" + o.property().name() + ", " + o.trace().get().length() + " steps)");
    }
}
