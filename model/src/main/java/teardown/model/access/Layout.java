package teardown.model.access;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.TeardownState;
import teardown.model.Vbd;

/**
 * Numbers every copy of every {@link Part} of one configuration's state, at most 64 in all: the
 * shared parts, then each device's parts followed by its rings' parts, then each bystander.
 */
public final class Layout {

    private static final List<Part> SHARED = List.of(Part.values()).filter(p -> p.scope() == Part.Scope.SHARED);
    private static final List<Part> DEVICE = List.of(Part.values()).filter(p -> p.scope() == Part.Scope.DEVICE);
    private static final List<Part> RING = List.of(Part.values()).filter(p -> p.scope() == Part.Scope.RING);

    private final int devices;
    private final int rings;
    private final int bystanders;
    private final int perDevice;
    private final long everything;

    public Layout(Configuration c) {
        this.devices = c.devices();
        this.rings = c.rings();
        this.bystanders = c.bystanders();
        this.perDevice = DEVICE.size() + rings * RING.size();
        int n = size();
        if (n > 64) {
            throw new IllegalArgumentException(c.label() + " has " + n + " parts of state; partial-order reduction numbers at most 64");
        }
        this.everything = n == 64 ? -1L : (1L << n) - 1;
    }

    /** How many numbered parts there are. */
    public int size() {
        return SHARED.size() + devices * perDevice + bystanders;
    }

    public long everything() {
        return everything;
    }

    public long shared(Part p) {
        return 1L << SHARED.indexOf(p);
    }

    public long device(Part p, int d) {
        return 1L << (SHARED.size() + d * perDevice + DEVICE.indexOf(p));
    }

    public long ring(Part p, int d, int r) {
        return 1L << (SHARED.size() + d * perDevice + DEVICE.size() + r * RING.size() + RING.indexOf(p));
    }

    /** A per-ring part on every ring of device {@code d}. */
    public long everyRing(Part p, int d) {
        long bits = 0;
        for (int r = 0; r < rings; r++) {
            bits |= ring(p, d, r);
        }
        return bits;
    }

    /** A per-device part on every device. */
    public long everyDevice(Part p) {
        long bits = 0;
        for (int d = 0; d < devices; d++) {
            bits |= p.scope() == Part.Scope.RING ? everyRing(p, d) : device(p, d);
        }
        return bits;
    }

    /** Every part of device {@code d}, its rings' included. */
    public long wholeDevice(int d) {
        long first = 1L << (SHARED.size() + d * perDevice);
        return (first << perDevice) - first;
    }

    public long bystander(int b) {
        return 1L << (SHARED.size() + devices * perDevice + b);
    }

    public long everyBystander() {
        long bits = 0;
        for (int b = 0; b < bystanders; b++) {
            bits |= bystander(b);
        }
        return bits;
    }

    /** The value of numbered part {@code bit} in {@code s}, compared with equals (for auditing the declarations). */
    public Object valueAt(TeardownState s, int bit) {
        if (bit < SHARED.size()) {
            return switch (SHARED.get(bit)) {
                case XENWATCH -> List.of(s.xenwatch().stack(), s.xenwatch().device());
                case WATCH_QUEUE -> s.xenwatch().queue();
                case DEV_SEM -> s.devSem();
                case TOOLSTACK -> s.toolstack();
                case TARGET -> s.target();
                case GUEST -> s.guest();
                case MODULE -> s.module();
                case ENVIRONMENT -> s.environment();
                case FAULT -> s.fault();
                default -> throw new IllegalStateException();
            };
        }
        int i = bit - SHARED.size();
        if (i >= devices * perDevice) {
            return s.bystanders().get(i - devices * perDevice);
        }
        Vbd v = s.vbds().get(i / perDevice);
        int k = i % perDevice;
        if (k < DEVICE.size()) {
            return switch (DEVICE.get(k)) {
                case BLKIF -> v.blkif();
                case BACKEND_INFO -> v.be();
                case VISIBILITY -> v.visibility();
                case BLKFRONT -> v.frontend();
                case HISTORY -> v.history();
                case XENBUS_DEVICE -> List.of(v.removes(), v.frontendReconnected());
                default -> throw new IllegalStateException();
            };
        }
        int r = (k - DEVICE.size()) / RING.size();
        return switch (RING.get((k - DEVICE.size()) % RING.size())) {
            case REQUESTS -> v.ring(r).requests();
            case RING -> v.ring(r).with(teardown.model.blkback.Requests.none());
            default -> throw new IllegalStateException();
        };
    }
}
