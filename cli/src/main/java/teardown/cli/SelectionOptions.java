package teardown.cli;

import io.vavr.collection.List;
import picocli.CommandLine.Option;
import teardown.model.Configuration;
import teardown.properties.PropertyId;

/**
 * The options that choose which variants to check, shared by {@code check}, {@code report},
 * {@code fuzz}, {@code explore} and {@code blackout}; {@code --design} adds a reviewer's own
 * variants. A fresh instance holds the defaults: every standard variant, no hazard. {@code --property} is declared by each command, since their defaults differ, and
 * {@code --max-states} by the exhaustive ones ({@link SearchLimit}).
 */
final class SelectionOptions {

    @Option(names = "--driver", paramLabel = "D", description = "stock, unpatched, patched, upstream, upstream-blocking, proposed or all (repeatable; default all);"
            + " the history's versions (linux-3.0 ... linux-5.11, stock-2010) by name, see 'teardown history'; a design's id (--design)")
    java.util.List<String> drivers;

    @Option(names = "--toolstack", paramLabel = "T", description = "xend31, xendpatched, xendintent, xl, xenopsd-classic, xenopsd-shutdown, proposed or all (repeatable; default all)")
    java.util.List<String> toolstacks;

    @Option(names = "--disk", paramLabel = "K", description = "healthy, hung, slow, dead or all (repeatable; default healthy, hung, slow);"
            + " with --devices D, exactly D kinds (hung,healthy) give one kind per device, one kind gives every device that kind;"
            + " repeat --disk for one variant per combination")
    java.util.List<String> disks;

    @Option(names = "--devices", paramLabel = "D", description = "block devices of the migrating guest, 1 to 4, sharing xenwatch and its locks (default ${DEFAULT-VALUE})")
    int devices = 1;

    @Option(names = "--bystanders", paramLabel = "B", description = "other guests on the host, 0 to 2, whose hot-plug and shutdown go through the same xenwatch (default ${DEFAULT-VALUE})")
    int bystanders = 0;

    @Option(names = "--requests", paramLabel = "N", description = "requests outstanding at suspend, 0 to 64, every split between ring and disk (default ${DEFAULT-VALUE})")
    int requests = Configuration.DEFAULT_REQUESTS;

    @Option(names = "--hazard", paramLabel = "H", description = "a seeded fault, a+b for several at once, all to sweep each alone (repeatable; see 'teardown hazards')")
    java.util.List<String> hazards;

    @Option(names = "--frontend", paramLabel = "F", description = "the guest's blkfront: linux, freebsd or all, or linux-5.13 (repeatable; default linux)")
    java.util.List<String> frontends;

    @Option(names = "--scenario", paramLabel = "S", description = "migrate, detach, destroy, frontend-writes or all (repeatable; default migrate)")
    java.util.List<String> scenarios;

    @Option(names = "--rings", paramLabel = "R", description = "rings (queues) per device, 1 to 2, each with its own xenblkd (default ${DEFAULT-VALUE})")
    int rings = 1;

    @Option(names = "--frontend-writes", paramLabel = "K", description = "how many times the guest writes its frontend state at will in scenario frontend-writes, 0 to 8 (default ${DEFAULT-VALUE})")
    int frontendWrites = Configuration.DEFAULT_FRONTEND_WRITES;

    @Option(names = "--watch-queue-bound", paramLabel = "B", description = "the bound watch-queue-bounded checks xenwatch's queue against (default ${DEFAULT-VALUE})")
    int watchQueueBound = Configuration.DEFAULT_WATCH_QUEUE_BOUND;

    @Option(names = "--fail", paramLabel = "F", description = "an error path to follow where the device connects (scenario frontend-writes): kthread-run, ring-map, or all (repeatable; see docs/model/failures.md)")
    java.util.List<String> failures;

    @Option(names = "--deactivate", paramLabel = "A", description = "what xenopsd's storage deactivate does with in-flight I/O: leaves-io or waits-for-io (default leaves-io)")
    String deactivate;

    @Option(names = "--design", paramLabel = "FILE", description = DesignOption.DESCRIPTION)
    java.util.List<java.nio.file.Path> designs;

    /** The designs, once loaded: explore's links reuse the command's, so a link never compiles a file. */
    teardown.model.Catalogue catalogue;

    /** The built-in variants and the designs given, loaded on first use. */
    teardown.model.Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = Designs.load(designs);
        }
        return catalogue;
    }

    Selection parse(java.util.List<String> properties, List<PropertyId> defaultProperties, long maxStates) {
        return Selection.parse(drivers, toolstacks, disks, requests, hazards, properties, maxStates, defaultProperties, frontends, deactivate,
                devices, bystanders, new Selection.Lifecycle(scenarios, rings, frontendWrites, watchQueueBound, failures), catalogue());
    }
}
