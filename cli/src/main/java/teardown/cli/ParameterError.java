package teardown.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;

/**
 * picocli's parse errors as one line that names the bad value and the valid ones: an unknown
 * option lists the command's options, a value of the wrong type repeats the option's help.
 */
final class ParameterError {

    private ParameterError() {
    }

    static String describe(ParameterException ex, String[] args) {
        if (ex instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
            // picocli names only the longest name; the user may have typed another
            return "option " + Arrays.stream(option.names()).map(n -> "'" + n + "'").collect(Collectors.joining(" or "))
                    + " given more than once (valid: " + option.longestName() + " at most once)";
        }
        String message = ex.getMessage() == null ? "bad arguments" : shownArguments(ex.getMessage(), args);
        return message.lines().findFirst().orElse("bad arguments") + " (" + valid(ex) + ")";
    }

    private static String valid(ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        ArgSpec arg = ex.getArgSpec();
        if (arg == null && ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            arg = m.getMissing().get(0);
        }
        if (arg instanceof OptionSpec o && o.arity().max() == 0) {
            return "valid: " + o.longestName() + " alone, with no value";
        }
        if (arg instanceof OptionSpec o) {
            return "valid " + o.longestName() + " values: " + help(o);
        }
        if (arg != null && arg.isPositional()) {
            return "valid " + ((CommandLine.Model.PositionalParamSpec) arg).paramLabel() + " values: " + help(arg);
        }
        return "valid: " + synopsis(cl.getCommandSpec()) + "; see teardown " + commandPath(cl) + "--help";
    }

    /** The options and positional parameters the command takes, e.g. "--driver, --toolstack, ..., DRIVER". */
    private static String synopsis(CommandSpec spec) {
        String options = spec.options().stream().map(OptionSpec::longestName).collect(Collectors.joining(", "));
        String positionals = spec.positionalParameters().stream().map(p -> "one " + p.paramLabel()).collect(Collectors.joining(", "));
        String subcommands = String.join(", ", spec.subcommands().keySet());
        return (subcommands.isEmpty() ? "" : "a command (" + subcommands + ") or ") + "options " + options
                + (positionals.isEmpty() ? "" : ", and " + positionals);
    }

    private static String help(ArgSpec arg) {
        return String.join(" ", arg.description()).replaceAll("\\s*\\(default \\$\\{DEFAULT-VALUE}\\)", "")
                .replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue()));
    }

    private static String commandPath(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName() + " ";
    }

    /**
     * The message with every argument, or the value part of one, that would not print as itself
     * (too long, line breaks, control characters) shown as {@link BadInput#shown} shows values.
     */
    private static String shownArguments(String message, String[] args) {
        String shown = message;
        List<String> parts = Arrays.stream(args)
                .flatMap(a -> Stream.concat(Stream.of(a, a.substring(a.indexOf('=') + 1)), Arrays.stream(a.split("[,+]"))))
                .filter(a -> !a.isEmpty() && !BadInput.shown(a).equals(a))
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String a : parts) {
            shown = shown.replace(a, BadInput.shown(a));
        }
        // picocli's conversion errors name Java types and exceptions, which mean nothing to a user
        shown = shown.replaceAll(" to (interface |class )?java\\.[\\w.$]+", "")
                .replaceAll("\\((?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error): ?", "(");
        return BadInput.escaped(shown);
    }
}
