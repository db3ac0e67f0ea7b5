package teardown.properties.assertion;

import teardown.model.Configuration;
import teardown.model.TeardownState;

/**
 * One named value of the model's state that an assertion can read: its type, where it lives, what
 * it means, and the code it stands for (file and function, as the model's steps cite them).
 * {@code reader} reads it as an int: a bool as 0 or 1, an enumeration as the index of its value
 * (-1 for a value the type does not name, such as a design's own toolstack phase).
 */
public record Observable(String name, Type type, Scope scope, String meaning, String source, Reader reader) {

    /** Reads the observable in a state; {@code vbd} and {@code ring} say which device and ring, where its scope needs them. */
    @FunctionalInterface
    public interface Reader {
        int read(Configuration c, TeardownState s, int vbd, int ring);
    }

    public int read(Configuration c, TeardownState s, int vbd, int ring) {
        return reader.read(c, s, vbd, ring);
    }

    /** The value as words: true/false, a number, or the enumeration's value. */
    public String show(int value) {
        return switch (type.kind()) {
            case BOOL -> value != 0 ? "true" : "false";
            case COUNT -> Integer.toString(value);
            case ENUM -> value >= 0 && value < type.values().size() ? type.values().get(value) : "(another)";
        };
    }
}
