package teardown.model;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import teardown.model.guest.Frontend;

/**
 * One variant to check: which driver, which toolstack, which disk, how many guest requests are
 * outstanding at the final suspend, which hazards are switched on, and the guest's block frontend.
 */
public record Configuration(Driver driver, Xend xend, Disk disk, int requests, Set<Hazard> hazards, Frontend frontend) {

    /** The smallest count that still lets remove race a request in flight and one on the ring. */
    public static final int DEFAULT_REQUESTS = 2;

    public Configuration {
        if (requests < 0) {
            throw new IllegalArgumentException("requests must be 0 or more, was " + requests);
        }
        hazards = TreeSet.ofAll(hazards);
    }

    /** With the default frontend, Linux blkfront. */
    public Configuration(Driver driver, Xend xend, Disk disk, int requests, Set<Hazard> hazards) {
        this(driver, xend, disk, requests, hazards, Frontend.LINUX);
    }

    public static Configuration of(Driver driver, Xend xend, Disk disk) {
        return new Configuration(driver, xend, disk, DEFAULT_REQUESTS, TreeSet.empty());
    }

    public Configuration withRequests(int n) {
        return new Configuration(driver, xend, disk, n, hazards, frontend);
    }

    public Configuration withHazards(Set<Hazard> more) {
        return new Configuration(driver, xend, disk, requests, more, frontend);
    }

    public Configuration withFrontend(Frontend f) {
        return new Configuration(driver, xend, disk, requests, hazards, f);
    }

    public boolean has(Hazard hazard) {
        return hazards.contains(hazard);
    }

    /** e.g. "patched/xend31/healthy", or "upstream/xl/hung/freebsd" when the frontend is not the default Linux one. */
    public String label() {
        return driver.id() + "/" + xend.id() + "/" + disk.id()
                + (frontend == Frontend.LINUX ? "" : "/" + frontend.id())
                + (hazards.isEmpty() ? "" : "+" + hazards.map(Hazard::id).mkString("+"));
    }
}
