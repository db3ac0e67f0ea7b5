package teardown.timing;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import teardown.timing.TimingEntry.Kind;

/**
 * The duration of every kind of step, with its source. {@link StepTimes} says which row times a
 * given step; a timing file ({@link #override}) replaces rows by key. Immutable.
 */
public final class TimingTable {

    public static final String DESTROY = "toolstack.destroy-domain";
    public static final String PER_GIB_SUFFIX = ".per-gib";

    private final Map<String, TimingEntry> entries;

    private TimingTable(Map<String, TimingEntry> entries) {
        this.entries = entries;
    }

    /** The documented defaults (docs/blackout.md prints this table). */
    public static TimingTable defaults() {
        return new TimingTable(LinkedHashMap.ofEntries(List.of(
                d("kernel.cpu", 2e-6, 1e-3, "assumed: a few hundred kernel instructions, up to one scheduler wake-up on a busy dom0 vCPU"),
                d("kernel.xenstore", 5e-5, 2e-3, "assumed: one request and reply on the xenstore ring to the local xenstored (tens of microseconds idle, milliseconds under load); a watch callback's reads and writes"),
                d("toolstack.xenstore", 1e-3, 2e-2, "assumed: a few xenstore transactions from the Python or C toolstack over the xenstored socket"),
                d("toolstack.poll", 1e-3, 0.1, "xend's testDeviceComplete sleeps 0.1 s between passes (tools/python/xen/xend/XendDomainInfo.py testDeviceComplete, server/DevController.py): a change is seen on the next pass"),
                d(DESTROY, 1e-2, 0.1, "assumed: the destroy hypercall's fixed part and the toolstack's xenstore clean-up"),
                new TimingEntry(DESTROY + PER_GIB_SUFFIX, new Interval(0.05, 0.5), Kind.PER_GIB,
                        "assumed order of magnitude: relinquishing and scrubbing the pages is linear in guest memory (Nitu et al., 'Swift Birth and Quick Death', VEE 2017, measure scrubbing as destruction's cost; the 2008 post: destroying a large domain is 'very time consuming')"),
                d("toolstack.storage-deactivate", 0.1, 2, "assumed: a storage manager call that deactivates the disk on the source (an LVM deactivate, a few LVM commands) in xenopsd's VM.save"),
                d("network.message", 1e-4, 1e-3, "assumed: one message or end of stream on the migration connection, a data-centre LAN round trip (0.1 to 1 ms)"),
                d("target.unpause", 1e-2, 0.3, "assumed: the receiver finishes the restore after end of stream (devices reconnect) and unpauses the guest"),
                d("udev.hotplug-cleanup", 1e-2, 0.2, "assumed: the remove uevent reaches udev, which forks the xen-hotplug-cleanup shell script and its xenstore-rm calls"),
                d("disk.healthy", 1e-4, 2e-2, "assumed: one request's service time, from a solid-state disk (0.1 ms) to a rotating disk's seek and rotation (up to 20 ms)"),
                d("disk.slow", 1, 60, "assumed: chosen to straddle xend's 30 s timeout, which is what the model's slow disk means"),
                t("timeout.xend", 30, "xend 3.1-3.3: testDeviceComplete gives up after MIGRATE_TIMEOUT = 30 s and carries on (tools/python/xen/xend/XendDomainInfo.py)"),
                t("timeout.libxl", 10, "libxl: LIBXL_DESTROY_TIMEOUT = 10 s for a backend to reach Closed (tools/libs/light/libxl_internal.h, libxl_device.c)"),
                t("timeout.xenopsd", 30, "xenopsd: VM.save waits at most 30 s per vbd after the shutdown request, then carries on (xen-api ocaml/xenopsd/xc/device.ml, Vbd)"),
                t("timeout.freebsd-blkfront", 30, "FreeBSD blkfront drains at suspend and cancels it after 30 s (sys/dev/xen/blkfront/blkfront.c xbd_suspend, since svn r225705)"),
                t("timeout.toolstack", 30, "assumed: the deadline of a toolstack this table does not know, as xend's"),
                d("fallback.step", 1e-5, 1e-2, "assumed: a wide default for a step of an actor no rule names, so a new step is timed and shows in the output as such")
        ).map(e -> io.vavr.Tuple.of(e.key(), e))));
    }

    private static TimingEntry d(String key, double min, double max, String source) {
        return new TimingEntry(key, new Interval(min, max), Kind.DURATION, source);
    }

    private static TimingEntry t(String key, double seconds, String source) {
        return new TimingEntry(key, Interval.exactly(seconds), Kind.DEADLINE, source);
    }

    /** The table as Markdown rows, as docs/blackout.md shows it. */
    public String markdown() {
        StringBuilder out = new StringBuilder("| key | kind | default | source |\n|---|---|---|---|\n");
        for (TimingEntry e : entries()) {
            out.append("| `").append(e.key()).append("` | ").append(e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append(" | ").append(e.interval()).append(" | ").append(e.source().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    public List<TimingEntry> entries() {
        return entries.values().toList();
    }

    public List<String> keys() {
        return entries.keySet().toList();
    }

    public Option<TimingEntry> find(String key) {
        return entries.get(key);
    }

    public TimingEntry get(String key) {
        return entries.get(key).getOrElseThrow(() -> new IllegalArgumentException("no timing entry " + key));
    }

    /** The same table with one row's interval replaced. */
    public TimingTable with(String key, Interval interval) {
        TimingEntry e = get(key);
        if (e.kind() == Kind.DEADLINE && interval.min() != interval.max()) {
            throw new IllegalArgumentException("a deadline is one value, not a range: " + key + " = " + interval);
        }
        return new TimingTable(entries.put(key, e.with(interval)));
    }

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern VALUE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*(us|ms|s)?");

    /**
     * Applies a timing file: one {@code key = VALUE} or {@code key = MIN..MAX} per line, values in
     * seconds or with a unit ({@code 250ms}, {@code 30s}, {@code 40us}); {@code #} starts a comment.
     *
     * @throws IllegalArgumentException naming the line, the bad part and the valid keys
     */
    public TimingTable override(String text) {
        TimingTable table = this;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (n + 1) + " '" + lines[n].strip() + "'";
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq).strip();
            if (eq < 0 || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(where + ": expected 'key = VALUE' or 'key = MIN..MAX' (valid keys: "
                        + keys().mkString(", ") + ")");
            }
            if (entries.get(key).isEmpty()) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "' (valid keys: " + keys().mkString(", ") + ")");
            }
            String[] bounds = line.substring(eq + 1).split("\\.\\.", -1);
            if (bounds.length > 2) {
                throw new IllegalArgumentException(where + ": expected VALUE or MIN..MAX");
            }
            double min = seconds(bounds[0].strip(), where);
            double max = bounds.length == 1 ? min : seconds(bounds[1].strip(), where);
            if (max < min) {
                throw new IllegalArgumentException(where + ": the minimum is above the maximum");
            }
            try {
                table = table.with(key, new Interval(min, max));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
        }
        return table;
    }

    private static double seconds(String v, String where) {
        Matcher m = VALUE.matcher(v.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(where + ": bad duration '" + v + "' (expected a number of seconds, or with us, ms or s)");
        }
        double x = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "us" -> x * 1e-6;
            case "ms" -> x * 1e-3;
            default -> x;
        };
    }
}
