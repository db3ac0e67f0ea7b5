package teardown.properties.assertion;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The type of an observable: a bool, a count (a whole number, compared with {@code == != < <= > >=}),
 * or an enumeration with named values (compared with {@code ==} and {@code !=} only). An
 * enumeration's {@code noun} is how an error names it ("a xenbus state"). Values are matched
 * ignoring case, '-' and '_', so {@code Closed}, {@code closed} and {@code CLOSED} are one value,
 * and {@code InitWait} is {@code init-wait}; they are printed as {@code values} spells them.
 */
public record Type(Kind kind, String noun, List<String> values) {

    public enum Kind { BOOL, COUNT, ENUM }

    public static final Type BOOL = new Type(Kind.BOOL, "bool", List.empty());
    public static final Type COUNT = new Type(Kind.COUNT, "count", List.empty());

    public static Type enumeration(String noun, List<String> values) {
        return new Type(Kind.ENUM, noun, values);
    }

    /** "a bool", "a count", "a xenbus state". */
    public String described() {
        return "a " + noun;
    }

    /** The index of the value a word names, if it names one of this enumeration's. */
    public Option<Integer> valueOf(String word) {
        String key = normalised(word);
        int i = values.indexWhere(v -> normalised(v).equals(key));
        return i < 0 ? Option.none() : Option.some(i);
    }

    /** The word as matched against values: lower case, without '-' and '_'. */
    static String normalised(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** How {@code teardown observables} names the type: "bool", "count", "enum (xenbus state)". */
    public String id() {
        return kind == Kind.ENUM ? "enum" : noun;
    }
}
