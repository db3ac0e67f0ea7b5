package teardown.model.xenbus;

/** One-shot events from outside the teardown: another device's watch, the frontend reconnecting. */
public record Environment(boolean otherDeviceFired, boolean frontendReconnected) {

    public static Environment quiet() {
        return new Environment(false, false);
    }
}
