package teardown.model;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;

/**
 * One variant to check: which driver, which toolstack, which disk, how many guest requests are
 * outstanding at the final suspend, and which hazards are switched on.
 */
public record Configuration(Driver driver, Xend xend, Disk disk, int requests, Set<Hazard> hazards) {

    /** The smallest count that still lets remove race a request in flight and one on the ring. */
    public static final int DEFAULT_REQUESTS = 2;

    public Configuration {
        if (requests < 0) {
            throw new IllegalArgumentException("requests must be 0 or more, was " + requests);
        }
        hazards = TreeSet.ofAll(hazards);
    }

    public static Configuration of(Driver driver, Xend xend, Disk disk) {
        return new Configuration(driver, xend, disk, DEFAULT_REQUESTS, TreeSet.empty());
    }

    public Configuration withRequests(int n) {
        return new Configuration(driver, xend, disk, n, hazards);
    }

    public Configuration withHazards(Set<Hazard> more) {
        return new Configuration(driver, xend, disk, requests, more);
    }

    public boolean has(Hazard hazard) {
        return hazards.contains(hazard);
    }

    /** e.g. "patched/xend31/healthy" */
    public String label() {
        return driver.id() + "/" + xend.id() + "/" + disk.id()
                + (hazards.isEmpty() ? "" : "+" + hazards.map(Hazard::id).mkString("+"));
    }
}
