package teardown.properties.pinned;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.toolstack.Toolstack;

/**
 * The variants {@code ./teardown check} covers with no options: every driver with every toolstack
 * that can drive it ({@link Toolstack#cannotDrive}, the pairs the command line skips), on every standard
 * disk, with the Linux frontend, at the default request count, without hazards. The command line's
 * selection lives in the cli module, which depends on this one, so these are the same model
 * predicates it filters with; a new default dimension belongs here, and its rows in the pinned tables.
 */
public final class DefaultVariants {

    private DefaultVariants() {
    }

    /**
     * Each hazard alone ({@code --hazard all}) on the default variants whose driver has its code
     * path, restricted to the post's era toolstacks (xend31, xendpatched). The hazards are the
     * post's kernel paths, which today's toolstacks reach through the same driver code; every
     * toolstack would make the table two and a half times larger (255 variants instead of 102),
     * each violated cell with a reason checked by hand.
     */
    public static List<Configuration> hazardSweep() {
        return List.of(Hazard.values()).flatMap(h -> all()
                .filter(c -> h.appliesTo(c.driver()))
                .filter(c -> c.toolstack() == Toolstack.XEND31 || c.toolstack() == Toolstack.XENDPATCHED)
                .map(c -> c.withHazards(TreeSet.of(h))));
    }

    public static List<Configuration> all() {
        return List.of(Driver.values()).flatMap(d -> List.of(Toolstack.values()).filter(x -> x.cannotDrive(d).isEmpty())
                .flatMap(x -> List.of(Disk.values()).filter(Disk::isStandard).map(k -> Configuration.of(d, x, k))));
    }
}
