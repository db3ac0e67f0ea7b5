package teardown.cli;

import io.vavr.collection.List;
import java.util.function.Function;

/** Turns repeatable option values such as {@code --driver patched --driver stock} or {@code all} into choices. */
final class Choices {

    private Choices() {
    }

    /**
     * @param option   the option's name, for the error message
     * @param values   what the user gave (empty means the default)
     * @param all      every valid choice, in display order
     * @param id       a choice's id on the command line
     * @param defaults what an empty {@code values} means
     */
    static <T> List<T> parse(String option, java.util.List<String> values, List<T> all, Function<T, String> id, List<T> defaults) {
        return parse(option, values, all, all, id, defaults);
    }

    /** As above, where the command line knows more choices ({@code known}) than {@code all} stands for. */
    static <T> List<T> parse(String option, java.util.List<String> values, List<T> known, List<T> all, Function<T, String> id, List<T> defaults) {
        if (values == null || values.isEmpty()) {
            return defaults;
        }
        return known.filter(given(option, values, known, all, id)::contains);
    }

    /** The choices in the order the user gave them, duplicates dropped; never empty. */
    static <T> List<T> given(String option, java.util.List<String> values, List<T> all, Function<T, String> id) {
        return given(option, values, all, all, id);
    }

    static <T> List<T> given(String option, java.util.List<String> values, List<T> known, List<T> all, Function<T, String> id) {
        String valid = known.map(id).mkString(", ") + ", all";
        List<T> chosen = List.empty();
        for (String raw : values) {
            // -1 keeps empty parts, so "patched," is an error rather than quietly "patched"
            for (String v : raw.split(",", -1)) {
                String value = v.trim();
                if (value.isEmpty()) {
                    throw BadInput.value(option, raw, "a comma list of " + valid + "; no empty items");
                }
                if (value.equals("all")) {
                    chosen = chosen.appendAll(all);
                    continue;
                }
                chosen = chosen.append(known.find(t -> id.apply(t).equals(value))
                        .getOrElseThrow(() -> BadInput.value(option, value, valid)));
            }
        }
        return chosen.distinct();
    }
}
