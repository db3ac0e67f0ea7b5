package teardown.properties.pinned;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Xend;

/**
 * The variants {@code ./teardown check} covers with no options: every driver and toolstack with
 * every standard disk, at the default request count, without hazards. A new default dimension
 * belongs here, and its rows in the pinned tables.
 */
public final class DefaultVariants {

    private DefaultVariants() {
    }

    /** Each default variant with each hazard that applies to its driver, alone: {@code --hazard all}. */
    public static List<Configuration> hazardSweep() {
        return List.of(teardown.model.Hazard.values()).flatMap(h -> all().filter(c -> h.appliesTo(c.driver()))
                .map(c -> c.withHazards(io.vavr.collection.TreeSet.of(h))));
    }

    public static List<Configuration> all() {
        return List.of(Driver.values()).flatMap(d -> List.of(Xend.values())
                .flatMap(x -> List.of(Disk.values()).filter(Disk::isStandard).map(k -> Configuration.of(d, x, k))));
    }
}
