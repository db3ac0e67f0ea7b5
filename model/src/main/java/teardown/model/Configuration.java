package teardown.model;

import teardown.model.toolstack.Toolstack;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import teardown.model.guest.Frontend;

/**
 * One variant to check: which driver, which toolstack, the disk behind each of the migrating
 * guest's devices, how many guest requests are outstanding on each device at the final suspend,
 * which hazards are switched on, the guest's block frontend, how many bystander guests share
 * xenwatch, and which {@link Mutant}s of the model itself (none, except in the tests that check
 * the tests).
 */
public record Configuration(Driver driver, Toolstack toolstack, List<Disk> disks, int requests, Set<Hazard> hazards, Frontend frontend,
                            Set<Mutant> mutants, int bystanders) {

    /** The smallest count that still lets remove race a request in flight and one on the ring. */
    public static final int DEFAULT_REQUESTS = 2;
    public static final int MAX_DEVICES = 4;
    public static final int MAX_BYSTANDERS = 2;

    public Configuration {
        if (requests < 0) {
            throw new IllegalArgumentException("requests must be 0 or more, was " + requests);
        }
        if (disks.isEmpty() || disks.size() > MAX_DEVICES) {
            throw new IllegalArgumentException("devices must be 1 to " + MAX_DEVICES + ", was " + disks.size());
        }
        if (bystanders < 0 || bystanders > MAX_BYSTANDERS) {
            throw new IllegalArgumentException("bystanders must be 0 to " + MAX_BYSTANDERS + ", was " + bystanders);
        }
        hazards = TreeSet.ofAll(hazards);
        mutants = TreeSet.ofAll(mutants);
    }

    /** The real model (no mutant), one device, no bystander, with the given frontend. */
    public Configuration(Driver driver, Toolstack toolstack, Disk disk, int requests, Set<Hazard> hazards, Frontend frontend) {
        this(driver, toolstack, List.of(disk), requests, hazards, frontend, TreeSet.empty(), 0);
    }

    /** With the default frontend, Linux blkfront. */
    public Configuration(Driver driver, Toolstack toolstack, Disk disk, int requests, Set<Hazard> hazards) {
        this(driver, toolstack, disk, requests, hazards, Frontend.LINUX);
    }

    /** With the default frontend and the given mutants switched on. */
    public Configuration(Driver driver, Toolstack toolstack, Disk disk, int requests, Set<Hazard> hazards, Set<Mutant> mutants) {
        this(driver, toolstack, List.of(disk), requests, hazards, Frontend.LINUX, mutants, 0);
    }

    public static Configuration of(Driver driver, Toolstack toolstack, Disk disk) {
        return new Configuration(driver, toolstack, disk, DEFAULT_REQUESTS, TreeSet.empty());
    }

    public Configuration withRequests(int n) {
        return new Configuration(driver, toolstack, disks, n, hazards, frontend, mutants, bystanders);
    }

    public Configuration withHazards(Set<Hazard> more) {
        return new Configuration(driver, toolstack, disks, requests, more, frontend, mutants, bystanders);
    }

    public Configuration withFrontend(Frontend f) {
        return new Configuration(driver, toolstack, disks, requests, hazards, f, mutants, bystanders);
    }

    public Configuration withMutants(Set<Mutant> on) {
        return new Configuration(driver, toolstack, disks, requests, hazards, frontend, on, bystanders);
    }

    /** One device per disk given, in order. */
    public Configuration withDisks(List<Disk> perDevice) {
        return new Configuration(driver, toolstack, perDevice, requests, hazards, frontend, mutants, bystanders);
    }

    public Configuration withBystanders(int b) {
        return new Configuration(driver, toolstack, disks, requests, hazards, frontend, mutants, b);
    }

    public int devices() {
        return disks.size();
    }

    /** The disk behind device {@code i}. */
    public Disk disk(int i) {
        return disks.get(i);
    }

    /** The disk of a one-device configuration, or the kind every device has; several kinds are read with {@link #disk(int)}. */
    public Disk disk() {
        if (disks.distinct().size() != 1) {
            throw new IllegalStateException("devices have different disks " + diskId() + ": read them with disk(i)");
        }
        return disks.head();
    }

    /** Every device's disk completes its requests (so a bounded wait runs out only when nothing else can move). */
    public boolean allHealthy() {
        return disks.forAll(d -> d == Disk.HEALTHY);
    }

    /** e.g. "hung" for one device, "hung,healthy" for two. */
    public String diskId() {
        return disks.map(Disk::id).mkString(",");
    }

    public boolean has(Hazard hazard) {
        return hazards.contains(hazard);
    }

    public boolean has(Mutant mutant) {
        return mutants.contains(mutant);
    }

    /**
     * e.g. "patched/xend31/healthy", "upstream/xl/hung/freebsd" when the frontend is not the default
     * Linux one, "patched/xend31/hung,healthy/bystanders=1" with two devices and a bystander guest.
     */
    public String label() {
        return driver.id() + "/" + toolstack.id() + "/" + diskId()
                + (frontend == Frontend.LINUX ? "" : "/" + frontend.id())
                + (bystanders == 0 ? "" : "/bystanders=" + bystanders)
                + (hazards.isEmpty() ? "" : "+" + hazards.map(Hazard::id).mkString("+"))
                + (mutants.isEmpty() ? "" : " mutant " + mutants.map(Mutant::id).mkString("+"));
    }
}
