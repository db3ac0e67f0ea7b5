package teardown.cli;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import teardown.model.Catalogue;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Failure;
import teardown.model.Scenario;
import teardown.model.Hazard;
import teardown.model.toolstack.Toolstack;
import teardown.model.guest.Frontend;
import teardown.model.toolstack.Xenopsd;
import teardown.properties.Column;
import teardown.properties.PropertyId;
import teardown.properties.assertion.Assertion;

/**
 * Which variants and properties a run covers, parsed from the command line. Every combination of
 * the chosen drivers, toolstacks and disks is checked, once per hazard set (none by default).
 */
record Selection(List<Driver> drivers, List<Toolstack> toolstacks, List<List<Disk>> diskSets, int requests,
                 List<io.vavr.collection.Set<Hazard>> hazardSets, List<PropertyId> properties, long maxStates,
                 List<Frontend> frontends, int bystanders, List<Scenario> scenarios, int rings, int frontendWrites,
                 int watchQueueBound, io.vavr.collection.Set<Failure> failures, List<Assertion> assertions) {

    static final int MAX_REQUESTS = 64;

    /** The lifecycle options as given: scenarios, rings, the frontend's writes, the queue bound, the failures. */
    record Lifecycle(java.util.List<String> scenarios, int rings, int frontendWrites, int watchQueueBound, java.util.List<String> failures) {

        static Lifecycle defaults() {
            return new Lifecycle(null, 1, Configuration.DEFAULT_FRONTEND_WRITES, Configuration.DEFAULT_WATCH_QUEUE_BOUND, null);
        }
    }

    static Selection parse(java.util.List<String> drivers, java.util.List<String> toolstacks, java.util.List<String> disks,
                           int requests, java.util.List<String> hazards, java.util.List<String> properties,
                           long maxStates, List<PropertyId> defaultProperties) {
        return parse(drivers, toolstacks, disks, requests, hazards, properties, maxStates, defaultProperties, null, null, 1, 0, Lifecycle.defaults(),
                Catalogue.builtIn());
    }

    static Selection parse(java.util.List<String> drivers, java.util.List<String> toolstacks, java.util.List<String> disks,
                           int requests, java.util.List<String> hazards, java.util.List<String> properties,
                           long maxStates, List<PropertyId> defaultProperties,
                           java.util.List<String> frontends, String deactivate, int devices, int bystanders, Lifecycle lifecycle,
                           Catalogue catalogue) {
        requireRequests(requests);
        requireDevices(devices, 1);
        requireBystanders(bystanders);
        requireRange("--rings", lifecycle.rings(), 1, Configuration.MAX_RINGS);
        requireRange("--frontend-writes", lifecycle.frontendWrites(), 0, Configuration.MAX_FRONTEND_WRITES);
        requireRange("--watch-queue-bound", lifecycle.watchQueueBound(), 1, 1_000);
        SearchLimit.requireValid(maxStates);
        List<Driver> allDrivers = catalogue.drivers();
        Xenopsd.Deactivate d = deactivate(deactivate);
        List<Toolstack> allXends = catalogue.toolstacks().map(t -> t instanceof Xenopsd x ? x.with(d) : t);
        List<Disk> allDisks = List.of(Disk.values());
        return new Selection(
                Choices.parse("--driver", drivers, catalogue.knownDrivers(), allDrivers, Driver::id, allDrivers),
                Choices.parse("--toolstack", toolstacks, allXends, Selection::toolstackId, allXends),
                diskSets(disks, devices, allDisks),
                requests,
                hazardSets(hazards, allDrivers),
                Choices.parse("--property", properties, PropertyId.all(), PropertyId::id, defaultProperties),
                maxStates,
                Choices.parse("--frontend", frontends, catalogue.knownFrontends(), catalogue.frontends(), Frontend::id, List.of(Frontend.LINUX)),
                bystanders,
                Choices.parse("--scenario", lifecycle.scenarios(), List.of(Scenario.values()), Scenario::id, List.of(Scenario.MIGRATE)),
                lifecycle.rings(), lifecycle.frontendWrites(), lifecycle.watchQueueBound(),
                TreeSet.ofAll(Choices.parse("--fail", lifecycle.failures(), List.of(Failure.values()), Failure::id, List.empty())),
                List.empty())
                .requireSomethingToCheck(hazards);
    }

    /**
     * The disks behind the guest's devices, one list per variant. With one device each kind is a
     * variant. With several, each {@code --disk} value is read on its own: exactly one kind per
     * device ({@code --devices 2 --disk hung,healthy}) is one variant, so repeating the option
     * gives one variant per combination; a single kind or {@code all} gives every device the same
     * kind, one variant per kind; no {@code --disk} means every standard kind on every device.
     */
    private static List<List<Disk>> diskSets(java.util.List<String> values, int devices, List<Disk> all) {
        if (values == null || values.isEmpty() || devices == 1) {
            return Choices.parse("--disk", values, all, Disk::id, all.filter(Disk::isStandard)).map(k -> List.fill(devices, k));
        }
        return List.ofAll(values).flatMap(value -> {
            List<String> kinds = List.of(value.split(",", -1)).map(String::trim);
            if (kinds.size() == devices && !kinds.contains("all")) {
                return List.of(kinds.map(k -> Choices.given("--disk", java.util.List.of(k), all, Disk::id).head()));
            }
            if (kinds.size() == 1) {
                return Choices.parse("--disk", java.util.List.of(value), all, Disk::id, all).map(k -> List.fill(devices, k));
            }
            throw BadInput.value("--disk", value, "one kind for every device, all, or exactly " + devices
                    + " kinds, one per device (--devices " + devices + "); repeat --disk for several combinations");
        }).distinct();
    }

    /** The same selection with the user's own properties ({@link AssertOptions}), judged after the built-in ones. */
    Selection withAssertions(List<Assertion> more) {
        return new Selection(drivers, toolstacks, diskSets, requests, hazardSets, properties, maxStates, frontends, bystanders,
                scenarios, rings, frontendWrites, watchQueueBound, failures, assertions.appendAll(more));
    }

    /** Every column of the matrix: the chosen built-in properties, then the user's assertions. */
    List<Column> columns() {
        return List.<Column>narrow(properties).appendAll(assertions);
    }

    /** The guest's device count (every variant of a selection has the same). */
    int devices() {
        return diskSets.head().size();
    }

    /** A command that models one device and no bystander says so, rather than answering a question it was not asked. */
    Selection requireOneDevice(String command) {
        if (devices() > 1) {
            throw BadInput.value("--devices", Integer.toString(devices()), "1: '" + command + "' checks one device; use 'check', 'report' or 'explain' for several");
        }
        if (bystanders > 0) {
            throw BadInput.value("--bystanders", Integer.toString(bystanders), "0: '" + command + "' models no bystander guest; use 'check', 'report' or 'explain'");
        }
        return this;
    }

    static void requireDevices(int devices, int least) {
        if (devices < least || devices > Configuration.MAX_DEVICES) {
            throw BadInput.value("--devices", Integer.toString(devices), least + " to " + Configuration.MAX_DEVICES);
        }
    }

    static void requireBystanders(int bystanders) {
        if (bystanders < 0 || bystanders > Configuration.MAX_BYSTANDERS) {
            throw BadInput.value("--bystanders", Integer.toString(bystanders), "0 to " + Configuration.MAX_BYSTANDERS);
        }
    }

    static void requireRange(String option, int value, int least, int most) {
        if (value < least || value > most) {
            throw BadInput.value(option, Integer.toString(value), least + " to " + most);
        }
    }

    static void requireRequests(int requests) {
        if (requests < 0 || requests > MAX_REQUESTS) {
            throw BadInput.value("--requests", Integer.toString(requests), "0 to " + MAX_REQUESTS);
        }
    }

    /** A selection whose hazards or toolstacks fit none of its drivers would check nothing and still exit 0. */
    private Selection requireSomethingToCheck(java.util.List<String> hazards) {
        if (!configurations().isEmpty()) {
            return this;
        }
        String driverIds = drivers.map(Driver::id).mkString(",");
        if (hazardSets.forAll(h -> drivers.forAll(d -> h.exists(x -> !x.appliesTo(d))))) {
            throw BadInput.value("--hazard", hazards == null ? "none" : String.join(" ", hazards),
                    "a hazard that --driver " + driverIds + " has, or more drivers; see 'teardown hazards'");
        }
        throw BadInput.value("--toolstack", toolstacks.map(Selection::toolstackId).mkString(","),
                "a toolstack that can drive --driver " + driverIds + "; " + skipped().last());
    }

    /** A toolstack's id on the command line: xenopsd's deactivate assumption is its own option, not part of the id. */
    private static String toolstackId(Toolstack t) {
        return t instanceof Xenopsd x ? x.with(Xenopsd.Deactivate.LEAVES_IO).id() : t.id();
    }

    private static Xenopsd.Deactivate deactivate(String value) {
        if (value == null) {
            return Xenopsd.Deactivate.LEAVES_IO;
        }
        List<Xenopsd.Deactivate> all = List.of(Xenopsd.Deactivate.values());
        return all.find(x -> x.id().equals(value.trim())).getOrElseThrow(() -> BadInput.value("--deactivate", value,
                all.map(Xenopsd.Deactivate::id).mkString(", ")));
    }

    /** Each --hazard value is one run; {@code a+b} switches two on together; {@code all} sweeps each one alone. */
    private static List<io.vavr.collection.Set<Hazard>> hazardSets(java.util.List<String> values, List<Driver> drivers) {
        if (values == null || values.isEmpty()) {
            return List.of(TreeSet.empty());
        }
        List<Hazard> all = List.of(Hazard.values());
        List<io.vavr.collection.Set<Hazard>> sets = List.empty();
        for (String value : values) {
            for (String item : value.split(",", -1)) {
                String v = item.trim();
                if (v.equals("all")) {
                    sets = sets.appendAll(all.map(TreeSet::of));
                } else if (v.equals("none")) {
                    sets = sets.append(TreeSet.empty());
                } else {
                    String valid = all.map(Hazard::id).mkString(", ") + ", all, none; join several with +";
                    io.vavr.collection.Set<Hazard> set = TreeSet.ofAll(List.of(v.split("\\+", -1)).map(id -> all.find(h -> h.id().equals(id))
                            .getOrElseThrow(() -> BadInput.value("--hazard", id.isEmpty() ? value : id, valid))));
                    if (drivers.forAll(d -> set.exists(h -> !h.appliesTo(d)))) {
                        throw BadInput.value("--hazard", v, "hazards that one driver has together; see 'teardown hazards'");
                    }
                    sets = sets.append(set);
                }
            }
        }
        return sets.distinct();
    }

    /**
     * Every configuration to check, in matrix order, with hazards that do not apply to a driver
     * left out, and toolstacks left out for drivers they cannot drive.
     */
    List<Configuration> configurations() {
        return scenarios.flatMap(sc -> hazardSets.flatMap(h -> drivers.filter(d -> h.forAll(x -> x.appliesTo(d)) && cannotRun(d, sc).isEmpty())
                .flatMap(d -> toolstacks.filter(t -> t.cannotDrive(d).isEmpty() && t.cannotRun(sc).isEmpty())
                        .flatMap(t -> diskSets.flatMap(k -> frontends.filter(f -> f.cannotRun(sc).isEmpty()).map(f -> new Configuration(d, t, k, requests, h, f,
                                TreeSet.empty(), bystanders, sc, rings, frontendWrites, watchQueueBound, failures)))))));
    }

    /** Why a driver does not run in a scenario with this selection's rings and failures, if it does not. */
    private io.vavr.control.Option<String> cannotRun(Driver d, Scenario sc) {
        if (rings > d.maxRings()) {
            return io.vavr.control.Option.some("driver " + d.id() + " has one ring per device (several came with multi-queue, Linux 4.6)");
        }
        if (!failures.isEmpty() && sc != Scenario.FRONTEND_WRITES) {
            return io.vavr.control.Option.some("--fail follows error paths of the connect path, which only scenario frontend-writes runs");
        }
        return io.vavr.control.Option.none();
    }

    /** The driver and hazard-set pairs skipped because a hazard's code path does not exist in that driver. */
    List<String> skipped() {
        return hazardSets.flatMap(h -> drivers.flatMap(d -> h.filter(x -> !x.appliesTo(d)).map(x ->
                "hazard " + x.id() + " does not apply to driver " + d.id() + " (it exists only in "
                        + List.ofAll(x.drivers()).appendAll(drivers.filter(x::appliesTo)).distinct().map(Driver::id).mkString(", ") + "): skipped")))
                .appendAll(drivers.flatMap(d -> toolstacks.flatMap(t -> t.cannotDrive(d).map(why ->
                        "toolstack " + t.id() + " with driver " + d.id() + ": " + why + ": skipped"))))
                .appendAll(scenarios.flatMap(sc -> drivers.flatMap(d -> cannotRun(d, sc).map(why -> "scenario " + sc.id() + ", driver " + d.id() + ": " + why + ": skipped"))
                        .appendAll(toolstacks.flatMap(t -> t.cannotRun(sc).map(why -> why + ": skipped")))
                        .appendAll(frontends.flatMap(f -> f.cannotRun(sc).map(why -> why + ": skipped")))))
                .distinct();
    }
}
