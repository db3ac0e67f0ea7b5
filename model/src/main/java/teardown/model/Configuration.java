package teardown.model;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import teardown.model.guest.Frontend;

/**
 * One variant to check: which driver, which toolstack, which disk, how many guest requests are
 * outstanding at the final suspend, which hazards are switched on, the guest's block frontend, and
 * which {@link Mutant}s of the model itself (none, except in the tests that check the tests).
 */
public record Configuration(Driver driver, Xend xend, Disk disk, int requests, Set<Hazard> hazards, Frontend frontend,
                            Set<Mutant> mutants) {

    /** The smallest count that still lets remove race a request in flight and one on the ring. */
    public static final int DEFAULT_REQUESTS = 2;

    public Configuration {
        if (requests < 0) {
            throw new IllegalArgumentException("requests must be 0 or more, was " + requests);
        }
        hazards = TreeSet.ofAll(hazards);
        mutants = TreeSet.ofAll(mutants);
    }

    /** The real model (no mutant) with the given frontend. */
    public Configuration(Driver driver, Xend xend, Disk disk, int requests, Set<Hazard> hazards, Frontend frontend) {
        this(driver, xend, disk, requests, hazards, frontend, TreeSet.empty());
    }

    /** With the default frontend, Linux blkfront. */
    public Configuration(Driver driver, Xend xend, Disk disk, int requests, Set<Hazard> hazards) {
        this(driver, xend, disk, requests, hazards, Frontend.LINUX);
    }

    /** With the default frontend and the given mutants switched on. */
    public Configuration(Driver driver, Xend xend, Disk disk, int requests, Set<Hazard> hazards, Set<Mutant> mutants) {
        this(driver, xend, disk, requests, hazards, Frontend.LINUX, mutants);
    }

    public static Configuration of(Driver driver, Xend xend, Disk disk) {
        return new Configuration(driver, xend, disk, DEFAULT_REQUESTS, TreeSet.empty());
    }

    public Configuration withRequests(int n) {
        return new Configuration(driver, xend, disk, n, hazards, frontend, mutants);
    }

    public Configuration withHazards(Set<Hazard> more) {
        return new Configuration(driver, xend, disk, requests, more, frontend, mutants);
    }

    public Configuration withFrontend(Frontend f) {
        return new Configuration(driver, xend, disk, requests, hazards, f, mutants);
    }

    public Configuration withMutants(Set<Mutant> on) {
        return new Configuration(driver, xend, disk, requests, hazards, frontend, on);
    }

    public boolean has(Hazard hazard) {
        return hazards.contains(hazard);
    }

    public boolean has(Mutant mutant) {
        return mutants.contains(mutant);
    }

    /** e.g. "patched/xend31/healthy", or "upstream/xl/hung/freebsd" when the frontend is not the default Linux one. */
    public String label() {
        return driver.id() + "/" + xend.id() + "/" + disk.id()
                + (frontend == Frontend.LINUX ? "" : "/" + frontend.id())
                + (hazards.isEmpty() ? "" : "+" + hazards.map(Hazard::id).mkString("+"))
                + (mutants.isEmpty() ? "" : " mutant " + mutants.map(Mutant::id).mkString("+"));
    }
}
