package teardown.timing;

import io.vavr.collection.List;
import java.util.Locale;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.timing.TimingEntry.Kind;

/**
 * Which row of the timing table times a step, read from its actor and name (the model's
 * {@code Step(actor, name, source)} label), and the duration that row gives for a guest of a
 * given memory size. Steps no name rule knows get their actor's default; an actor no rule knows
 * gets {@code fallback.step}, and {@link Timed#fallback()} says so, so new steps show up as such.
 */
public record StepTimes(TimingTable table, double memoryGib) {

    /** The row behind one step, the interval it gives, and whether only a fallback matched. */
    public record Timed(String key, Interval interval, boolean deadline, boolean fallback) {

        /**
         * The disk serves its queue in parallel: each completion is timed from when it could
         * start, not from the previous completion. Every other actor is one thread of control.
         */
        public boolean concurrent(teardown.model.Actor actor) {
            return actor == teardown.model.Actor.DISK;
        }
    }

    /** Words in a kernel step's name that mean it talks to xenstore (watch callbacks, xenbus writes). */
    private static final List<String> XENSTORE_WORDS = List.of("xenbus", "otherend_changed", "backend_changed",
            "frontend_changed", "shutdown-done", "watch", "xenstore", "switch_state", "state = closed", "state=closed");

    public Timed of(Configuration c, Step step) {
        String name = step.name().toLowerCase(Locale.ROOT);
        return switch (step.actor().id()) {
            case "disk" -> row("disk." + c.disk(Math.max(step.index(), 0)).id(), false);
            case "bystander" -> row("kernel.xenstore", false);
            case "toolstack" -> toolstack(c, name);
            case "target" -> row("target.unpause", false);
            case "udev" -> row("udev.hotplug-cleanup", false);
            case "xenwatch", "xenblkd", "workqueue", "other-device" -> row(mentions(name, XENSTORE_WORDS) ? "kernel.xenstore" : "kernel.cpu", false);
            case "frontend", "guest" -> isTimeout(name) ? row("timeout.freebsd-blkfront", false)
                    : row(mentions(name, XENSTORE_WORDS) || name.contains("switch") ? "kernel.xenstore" : "kernel.cpu", false);
            default -> row("fallback.step", true);
        };
    }

    private Timed toolstack(Configuration c, String name) {
        if (isTimeout(name)) {
            String toolstack = c.toolstack().id();
            String key = toolstack.startsWith("xend") ? "timeout.xend"
                    : toolstack.equals("xl") || toolstack.contains("libxl") || toolstack.equals("proposed") ? "timeout.libxl"
                    : toolstack.startsWith("xenopsd") ? "timeout.xenopsd" : "timeout.toolstack";
            return row(key, key.equals("timeout.toolstack"));
        }
        if (mentions(name, List.of("domain_destroy", "destroydomain", "xc_domain_destroy", "libxl_domain_destroy", "destroy the domain",
                "destroy the source domain", "destroy_domid"))) {
            return row(TimingTable.DESTROY, false);
        }
        if (name.contains("deactivate")) {
            return row("toolstack.storage-deactivate", false);
        }
        if (name.contains("testdevicecomplete")) {
            return row("toolstack.poll", false);
        }
        if (mentions(name, List.of("sock", "permission to go", "handshake", "\"ready\"", "report", "stream", "unleash"))) {
            return row("network.message", false);
        }
        return row("toolstack.xenstore", false);
    }

    private Timed row(String key, boolean fallback) {
        TimingEntry e = table.find(key).getOrElse(() -> table.get("fallback.step"));
        boolean unknown = table.find(key).isEmpty();
        Interval i = e.interval();
        if (e.key().equals(TimingTable.DESTROY)) {
            i = i.plus(table.get(TimingTable.DESTROY + TimingTable.PER_GIB_SUFFIX).interval().times(memoryGib));
        }
        return new Timed(e.key(), i, e.kind() == Kind.DEADLINE, fallback || unknown);
    }

    /** "30 s timeout: ...", "10 s without Closed: abort": a bounded wait running out. */
    private static final java.util.regex.Pattern TIMEOUT = java.util.regex.Pattern.compile("timeout|\\b\\d+ s without");

    static boolean isTimeout(String name) {
        return TIMEOUT.matcher(name).find() && !name.contains("no timeout");
    }

    private static boolean mentions(String name, List<String> words) {
        return words.exists(name::contains);
    }
}
