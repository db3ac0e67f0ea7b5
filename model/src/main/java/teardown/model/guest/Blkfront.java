package teardown.model.guest;

import teardown.model.xenbus.XenbusState;

/**
 * The guest's blkfront for one device, as dom0 sees it: the state it last wrote into its state
 * node, whether the guest has the disk open (a mounted disk; blkfront before Linux 5.14 refuses to
 * close it), and, where the guest writes its state node at will (the frontend-writes scenario), how
 * many writes it has left. The node itself goes with the frontend directory
 * ({@link teardown.model.hotplug.Visibility#frontendDir}).
 * See docs/model/actors.md#blkfront.
 */
@teardown.model.Api
public record Blkfront(XenbusState state, boolean inUse, int writesLeft) {

    /** A connected frontend that uses its disk no more than the requests it has outstanding. */
    public static Blkfront connected() {
        return new Blkfront(XenbusState.CONNECTED, false, 0);
    }

    public Blkfront wrote(XenbusState s) {
        return new Blkfront(s, inUse, writesLeft);
    }

    /** One of its arbitrary writes spent. */
    public Blkfront wroteAtWill(XenbusState s) {
        return new Blkfront(s, inUse, writesLeft - 1);
    }

    public Blkfront withInUse(boolean b) {
        return new Blkfront(state, b, writesLeft);
    }
}
