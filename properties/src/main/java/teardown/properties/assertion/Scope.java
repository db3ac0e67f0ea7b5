package teardown.properties.assertion;

/**
 * Where an observable lives: once in the system, once per device of the guest (read inside
 * {@code all vbd:} or {@code any vbd:}, or a ring quantifier, which names the ring's device too),
 * or once per ring of a device (read inside {@code all ring:} or {@code any ring:}).
 */
public enum Scope {
    GLOBAL, VBD, RING;

    public String id() {
        return name().toLowerCase();
    }
}
