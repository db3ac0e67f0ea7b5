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
        if (values == null || values.isEmpty()) {
            return defaults;
        }
        List<T> chosen = List.empty();
        for (String raw : values) {
            for (String v : raw.split(",")) {
                String value = v.trim();
                if (value.equals("all")) {
                    chosen = chosen.appendAll(all);
                    continue;
                }
                T found = all.find(t -> id.apply(t).equals(value)).getOrElseThrow(() -> new BadInput(
                        "unknown value '" + value + "' for " + option + " (valid: " + all.map(id).mkString(", ") + ", all)"));
                chosen = chosen.append(found);
            }
        }
        List<T> distinct = chosen.distinct();
        return all.filter(distinct::contains);
    }
}
