package teardown.model.access;

import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;

/**
 * Numbers the processes of one configuration: each shared actor once, each per-device actor once
 * per device, xenblkd and the disk once per ring, each bystander guest once. A step belongs to the
 * process {@link Step#who()} names.
 */
public final class Processes {

    private static final Actor[] SHARED = {Actor.XENWATCH, Actor.TOOLSTACK, Actor.TARGET, Actor.OTHER_DEVICE, Actor.ADMIN, Actor.GUEST};
    private static final Actor[] DEVICE = {Actor.WORKQUEUE, Actor.UDEV, Actor.BLKFRONT, Actor.FRONTEND};
    private static final Actor[] RING = {Actor.XENBLKD, Actor.DISK};

    private final int devices;
    private final int rings;
    private final int bystanders;

    public Processes(Configuration c) {
        this.devices = c.devices();
        this.rings = c.rings();
        this.bystanders = c.bystanders();
    }

    public int size() {
        return SHARED.length + devices * (DEVICE.length + rings * RING.length) + bystanders;
    }

    /** The process that takes {@code step}. */
    public int of(Step step) {
        return of(step.actor(), Math.max(step.index(), 0), Math.max(step.ring(), 0));
    }

    public int of(Actor a, int index, int ring) {
        for (int i = 0; i < SHARED.length; i++) {
            if (SHARED[i] == a) {
                return i;
            }
        }
        if (a == Actor.BYSTANDER) {
            return SHARED.length + devices * (DEVICE.length + rings * RING.length) + index;
        }
        int base = SHARED.length + index * (DEVICE.length + rings * RING.length);
        for (int i = 0; i < DEVICE.length; i++) {
            if (DEVICE[i] == a) {
                return base + i;
            }
        }
        for (int i = 0; i < RING.length; i++) {
            if (RING[i] == a) {
                return base + DEVICE.length + ring * RING.length + i;
            }
        }
        throw new IllegalArgumentException("no process for actor " + a);
    }

    /** The actor of process {@code p}. */
    public Actor actor(int p) {
        if (p < SHARED.length) {
            return SHARED[p];
        }
        int i = p - SHARED.length;
        int perDevice = DEVICE.length + rings * RING.length;
        if (i >= devices * perDevice) {
            return Actor.BYSTANDER;
        }
        int k = i % perDevice;
        return k < DEVICE.length ? DEVICE[k] : RING[(k - DEVICE.length) % RING.length];
    }

    /** The device (or bystander) of process {@code p}; 0 for a shared actor. */
    public int index(int p) {
        if (p < SHARED.length) {
            return 0;
        }
        int i = p - SHARED.length;
        int perDevice = DEVICE.length + rings * RING.length;
        return i >= devices * perDevice ? i - devices * perDevice : i / perDevice;
    }

    /** The ring of process {@code p}; 0 for an actor that has no ring. */
    public int ring(int p) {
        int i = p - SHARED.length;
        int perDevice = DEVICE.length + rings * RING.length;
        if (p < SHARED.length || i >= devices * perDevice) {
            return 0;
        }
        int k = i % perDevice;
        return k < DEVICE.length ? 0 : (k - DEVICE.length) / RING.length;
    }
}
