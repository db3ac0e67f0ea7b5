package teardown.model.xenbus;

/**
 * The value of a xenbus device's state node (include/xen/interface/io/xenbus.h, names as
 * xenbus_client.c xenbus_strstate prints them). UNKNOWN (0) is also what a node reads as once its
 * directory is gone: xenbus_read_driver_state returns it on any read error.
 */
@teardown.model.Api
public enum XenbusState {
    UNKNOWN, INITIALISING, INIT_WAIT, INITIALISED, CONNECTED, CLOSING, CLOSED, RECONFIGURING, RECONFIGURED;

    /** The number written in xenstore. */
    public int number() {
        return ordinal();
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
