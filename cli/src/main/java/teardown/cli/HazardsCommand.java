package teardown.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import teardown.model.Driver;
import teardown.model.Hazard;

/** {@code teardown hazards}: one seeded fault per line, its id then what it does. */
@Command(name = "hazards", mixinStandardHelpOptions = true,
        description = "List the seeded faults that --hazard switches on: id, then description and the drivers it applies to.")
final class HazardsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        for (Hazard h : Hazard.values()) {
            System.out.printf("%-28s %s [applies to: %s]%n", h.id(), h.description(), h.drivers().map(Driver::id).mkString(", "));
        }
        return 0;
    }
}
