package teardown.cli;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import teardown.cli.explore.BadRequest;
import teardown.model.Configuration;
import teardown.properties.PropertyId;

/**
 * The one variant {@code teardown explore} shows, chosen by the same options as every other
 * command: on the command line, and in a link, where {@code driver=patched} means
 * {@code --driver patched}. Parsing a link with the command line's own parser means an option
 * added to the selection is understood in links too.
 */
final class ExploreVariant {

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    private ExploreVariant() {
    }

    /** The selection's single configuration, or bad input naming how many it had. */
    static Configuration single(SelectionOptions options, long maxStates) {
        Selection sel = options.parse(null, PropertyId.all(), maxStates).requireOneDevice("explore");
        List<Configuration> configs = sel.configurations();
        if (configs.isEmpty()) {
            throw new BadInput("this selection names no variant to explore: " + sel.skipped().mkString("; "));
        }
        if (configs.size() > 1) {
            throw new BadInput("teardown explore shows one variant at a time, and this selection names " + configs.size()
                    + " (" + configs.take(4).map(Configuration::label).mkString(", ") + (configs.size() > 4 ? ", ..." : "")
                    + "): narrow it to one, with one value each for --driver, --toolstack and --disk and at most one for every other option");
        }
        return configs.head();
    }

    /** A link's variant options, parsed as the command line would parse them, with the built-in variants alone. */
    static Configuration fromLink(List<Tuple2<String, String>> options, long maxStates) {
        return fromLink(options, maxStates, new SelectionOptions());
    }

    /**
     * A link's variant options, parsed as the command line would parse them. A link may name only
     * the designs the explorer was started with ({@code started}), and reuses them as loaded: a
     * request never compiles a file.
     */
    static Configuration fromLink(List<Tuple2<String, String>> options, long maxStates, SelectionOptions started) {
        ExploreVariant link = new ExploreVariant();
        CommandLine parser = new CommandLine(link).setExpandAtFiles(false);
        try {
            parser.parseArgs(options.map(o -> "--" + o._1 + "=" + o._2).toJavaArray(String[]::new));
            List<String> named = List.ofAll(link.selection.designs == null ? java.util.List.of() : link.selection.designs).map(Object::toString);
            List<String> loaded = List.ofAll(started.designs == null ? java.util.List.of() : started.designs).map(Object::toString);
            if (!named.equals(loaded)) {
                throw new BadRequest("a link may name only the designs this explorer was started with ("
                        + (loaded.isEmpty() ? "none" : loaded.mkString(", ")) + "), not " + (named.isEmpty() ? "none" : named.mkString(", ")));
            }
            link.selection.catalogue = started.catalogue();
            return single(link.selection, maxStates);
        } catch (CommandLine.ParameterException e) {
            throw new BadRequest("the link's variant is not understood: " + e.getMessage().lines().findFirst().orElse("bad option")
                    + " (a link takes " + List.ofAll(parser.getCommandSpec().options()).map(o -> o.longestName().substring(2))
                    .mkString(", ") + ", init and path)");
        } catch (BadInput e) {
            throw new BadRequest(e.getMessage());
        }
    }
}
