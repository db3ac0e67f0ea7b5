package teardown.cli;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import teardown.cli.explore.ExplorerServer;
import teardown.model.Configuration;

/**
 * {@code teardown explore}: serves one variant on 127.0.0.1 for a reviewer to step through in the
 * browser, until Ctrl-C. The options are checked before anything is served, so a bad one is the
 * usual one-line error with exit status 2.
 */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Step through one variant in the browser: take any enabled step, see what changed and each property's "
                + "status, go back, jump to a counterexample, share the link. Serves on 127.0.0.1 until Ctrl-C.")
final class ExploreCommand implements Callable<Integer> {

    @Mixin
    SelectionOptions selection;

    @Mixin
    SearchLimit limit;

    @Option(names = "--port", paramLabel = "PORT", description = "the port to listen on (default: a free one)")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new BadInput("--port must be between 0 and 65535, was " + port);
        }
        Configuration c = ExploreVariant.single(selection, limit.maxStates);
        System.err.printf("checking %s ...%n", c.label());
        ExplorerServer server = ExplorerServer.start(port, options -> ExploreVariant.fromLink(options, limit.maxStates, selection),
                startOptions(), limit.maxStates);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            System.err.println("teardown explore: stopped");
            stopped.countDown();
        }, "explorer-stop"));
        System.out.println("teardown explore: " + c.label() + " at " + server.url());
        System.out.println("(listening on 127.0.0.1 only; Ctrl-C stops the server)");
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** The variant options as typed, so the printed link reads like the command that made it. */
    private List<Tuple2<String, String>> startOptions() {
        var parsed = spec.commandLine().getParseResult();
        return List.ofAll(spec.mixins().get("selection").options())
                .filter(parsed::hasMatchedOption)
                .flatMap(o -> List.ofAll(parsed.matchedOption(o.longestName()).originalStringValues())
                        .map(v -> Tuple.of(o.longestName().substring(2), v)));
    }
}
