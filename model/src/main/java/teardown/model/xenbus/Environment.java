package teardown.model.xenbus;

/** One-shot events from outside the teardown: another device's watch (the stand-in used when no bystander guest is modelled). */
public record Environment(boolean otherDeviceFired) {

    public static Environment quiet() {
        return new Environment(false);
    }
}
