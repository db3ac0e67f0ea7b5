package teardown.model;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;

/**
 * One variant to check: which driver, which toolstack, which disk, how many guest requests are
 * outstanding at the final suspend, which hazards are switched on, and which {@link Mutant}s of the
 * model itself (none, except in the tests that check the tests).
 */
public record Configuration(Driver driver, Xend xend, Disk disk, int requests, Set<Hazard> hazards, Set<Mutant> mutants) {

    /** The smallest count that still lets remove race a request in flight and one on the ring. */
    public static final int DEFAULT_REQUESTS = 2;

    public Configuration {
        if (requests < 0) {
            throw new IllegalArgumentException("requests must be 0 or more, was " + requests);
        }
        hazards = TreeSet.ofAll(hazards);
        mutants = TreeSet.ofAll(mutants);
    }

    public Configuration(Driver driver, Xend xend, Disk disk, int requests, Set<Hazard> hazards) {
        this(driver, xend, disk, requests, hazards, TreeSet.empty());
    }

    public static Configuration of(Driver driver, Xend xend, Disk disk) {
        return new Configuration(driver, xend, disk, DEFAULT_REQUESTS, TreeSet.empty());
    }

    public Configuration withRequests(int n) {
        return new Configuration(driver, xend, disk, n, hazards, mutants);
    }

    public Configuration withHazards(Set<Hazard> more) {
        return new Configuration(driver, xend, disk, requests, more, mutants);
    }

    public Configuration withMutants(Set<Mutant> on) {
        return new Configuration(driver, xend, disk, requests, hazards, on);
    }

    public boolean has(Hazard hazard) {
        return hazards.contains(hazard);
    }

    public boolean has(Mutant mutant) {
        return mutants.contains(mutant);
    }

    /** e.g. "patched/xend31/healthy" */
    public String label() {
        return driver.id() + "/" + xend.id() + "/" + disk.id()
                + (hazards.isEmpty() ? "" : "+" + hazards.map(Hazard::id).mkString("+"))
                + (mutants.isEmpty() ? "" : " mutant " + mutants.map(Mutant::id).mkString("+"));
    }
}
