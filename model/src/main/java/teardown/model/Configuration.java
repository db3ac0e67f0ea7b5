package teardown.model;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import teardown.model.guest.Frontend;
import teardown.model.toolstack.Toolstack;

/**
 * One variant to check: which driver, which toolstack, the disk behind each of the guest's
 * devices, how many requests each ring has outstanding (or, for a freshly created device, how many
 * the guest issues), which hazards and failures are switched on, the guest's block frontend, how
 * many bystander guests share xenwatch, which part of the device's life ({@link Scenario}), how
 * many rings each device has, how many times the frontend may write its state at will, the bound
 * on xenwatch's queue that watch-queue-bounded checks, and which {@link Mutant}s of the model
 * itself (none, except in the tests that check the tests).
 */
@Api
public record Configuration(Driver driver, Toolstack toolstack, List<Disk> disks, int requests, Set<Hazard> hazards, Frontend frontend,
                            Set<Mutant> mutants, int bystanders, Scenario scenario, int rings, int frontendWrites, int watchQueueBound,
                            Set<Failure> failures) {

    /** The smallest count that still lets remove race a request in flight and one on the ring. */
    public static final int DEFAULT_REQUESTS = 2;
    public static final int MAX_DEVICES = 4;
    public static final int MAX_BYSTANDERS = 2;
    public static final int MAX_RINGS = 2;
    public static final int DEFAULT_FRONTEND_WRITES = 3;
    public static final int MAX_FRONTEND_WRITES = 8;
    public static final int DEFAULT_WATCH_QUEUE_BOUND = 8;

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
        if (rings < 1 || rings > MAX_RINGS) {
            throw new IllegalArgumentException("rings must be 1 to " + MAX_RINGS + ", was " + rings);
        }
        if (frontendWrites < 0 || frontendWrites > MAX_FRONTEND_WRITES) {
            throw new IllegalArgumentException("frontend writes must be 0 to " + MAX_FRONTEND_WRITES + ", was " + frontendWrites);
        }
        if (watchQueueBound < 1) {
            throw new IllegalArgumentException("the watch queue bound must be 1 or more, was " + watchQueueBound);
        }
        hazards = TreeSet.ofAll(hazards);
        mutants = TreeSet.ofAll(mutants);
        failures = TreeSet.ofAll(failures);
    }

    /** The real model (no mutant), one device, no bystander, one ring, a migration, with the given frontend. */
    public Configuration(Driver driver, Toolstack toolstack, Disk disk, int requests, Set<Hazard> hazards, Frontend frontend) {
        this(driver, toolstack, List.of(disk), requests, hazards, frontend, TreeSet.empty(), 0, Scenario.MIGRATE, 1,
                DEFAULT_FRONTEND_WRITES, DEFAULT_WATCH_QUEUE_BOUND, TreeSet.empty());
    }

    /** With the default frontend, Linux blkfront. */
    public Configuration(Driver driver, Toolstack toolstack, Disk disk, int requests, Set<Hazard> hazards) {
        this(driver, toolstack, disk, requests, hazards, Frontend.LINUX);
    }

    /** With the default frontend and the given mutants switched on. */
    public Configuration(Driver driver, Toolstack toolstack, Disk disk, int requests, Set<Hazard> hazards, Set<Mutant> mutants) {
        this(driver, toolstack, List.of(disk), requests, hazards, Frontend.LINUX, mutants, 0, Scenario.MIGRATE, 1,
                DEFAULT_FRONTEND_WRITES, DEFAULT_WATCH_QUEUE_BOUND, TreeSet.empty());
    }

    public static Configuration of(Driver driver, Toolstack toolstack, Disk disk) {
        return new Configuration(driver, toolstack, disk, DEFAULT_REQUESTS, TreeSet.empty());
    }

    public Configuration withRequests(int n) {
        return new Configuration(driver, toolstack, disks, n, hazards, frontend, mutants, bystanders, scenario, rings, frontendWrites,
                watchQueueBound, failures);
    }

    public Configuration withHazards(Set<Hazard> more) {
        return new Configuration(driver, toolstack, disks, requests, more, frontend, mutants, bystanders, scenario, rings, frontendWrites,
                watchQueueBound, failures);
    }

    public Configuration withFrontend(Frontend f) {
        return new Configuration(driver, toolstack, disks, requests, hazards, f, mutants, bystanders, scenario, rings, frontendWrites,
                watchQueueBound, failures);
    }

    public Configuration withMutants(Set<Mutant> on) {
        return new Configuration(driver, toolstack, disks, requests, hazards, frontend, on, bystanders, scenario, rings, frontendWrites,
                watchQueueBound, failures);
    }

    /** One device per disk given, in order. */
    public Configuration withDisks(List<Disk> perDevice) {
        return new Configuration(driver, toolstack, perDevice, requests, hazards, frontend, mutants, bystanders, scenario, rings,
                frontendWrites, watchQueueBound, failures);
    }

    public Configuration withBystanders(int b) {
        return new Configuration(driver, toolstack, disks, requests, hazards, frontend, mutants, b, scenario, rings, frontendWrites,
                watchQueueBound, failures);
    }

    public Configuration withScenario(Scenario s) {
        return new Configuration(driver, toolstack, disks, requests, hazards, frontend, mutants, bystanders, s, rings, frontendWrites,
                watchQueueBound, failures);
    }

    public Configuration withRings(int n) {
        return new Configuration(driver, toolstack, disks, requests, hazards, frontend, mutants, bystanders, scenario, n, frontendWrites,
                watchQueueBound, failures);
    }

    public Configuration withFrontendWrites(int k) {
        return new Configuration(driver, toolstack, disks, requests, hazards, frontend, mutants, bystanders, scenario, rings, k,
                watchQueueBound, failures);
    }

    public Configuration withWatchQueueBound(int b) {
        return new Configuration(driver, toolstack, disks, requests, hazards, frontend, mutants, bystanders, scenario, rings, frontendWrites,
                b, failures);
    }

    public Configuration withFailures(Set<Failure> f) {
        return new Configuration(driver, toolstack, disks, requests, hazards, frontend, mutants, bystanders, scenario, rings, frontendWrites,
                watchQueueBound, f);
    }

    public Configuration withDriver(Driver d) {
        return new Configuration(d, toolstack, disks, requests, hazards, frontend, mutants, bystanders, scenario, rings, frontendWrites,
                watchQueueBound, failures);
    }

    public Configuration withToolstack(Toolstack t) {
        return new Configuration(driver, t, disks, requests, hazards, frontend, mutants, bystanders, scenario, rings, frontendWrites,
                watchQueueBound, failures);
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

    /** Every device's disk completes its requests, sooner or later. */
    public boolean allComplete() {
        return disks.forAll(Disk::completes);
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

    public boolean has(Failure failure) {
        return failures.contains(failure);
    }

    /**
     * e.g. "patched/xend31/healthy", "upstream/xl/hung/freebsd" when the frontend is not the default
     * Linux one, "patched/xend31/hung,healthy/bystanders=1" with two devices and a bystander guest,
     * "upstream/xl/healthy/detach/rings=2" in another scenario with two rings.
     */
    public String label() {
        return driver.id() + "/" + toolstack.id() + "/" + diskId()
                + (frontend == Frontend.LINUX ? "" : "/" + frontend.id())
                + (bystanders == 0 ? "" : "/bystanders=" + bystanders)
                + (scenario == Scenario.MIGRATE ? "" : "/" + scenario.id())
                + (rings == 1 ? "" : "/rings=" + rings)
                + (scenario != Scenario.FRONTEND_WRITES || frontendWrites == DEFAULT_FRONTEND_WRITES ? "" : "/writes=" + frontendWrites)
                + (watchQueueBound == DEFAULT_WATCH_QUEUE_BOUND ? "" : "/queue-bound=" + watchQueueBound)
                + (failures.isEmpty() ? "" : "/fail=" + failures.map(Failure::id).mkString("+"))
                + (hazards.isEmpty() ? "" : "+" + hazards.map(Hazard::id).mkString("+"))
                + (mutants.isEmpty() ? "" : " mutant " + mutants.map(Mutant::id).mkString("+"));
    }
}
