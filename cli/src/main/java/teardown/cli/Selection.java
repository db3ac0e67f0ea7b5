package teardown.cli;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.Xend;
import teardown.properties.PropertyId;

/**
 * Which variants and properties a run covers, parsed from the command line. Every combination of
 * the chosen drivers, toolstacks and disks is checked, once per hazard set (none by default).
 */
record Selection(List<Driver> drivers, List<Xend> toolstacks, List<Disk> disks, int requests,
                 List<io.vavr.collection.Set<Hazard>> hazardSets, List<PropertyId> properties, long maxStates) {

    static final int MAX_REQUESTS = 64;

    static Selection parse(java.util.List<String> drivers, java.util.List<String> toolstacks, java.util.List<String> disks,
                           int requests, java.util.List<String> hazards, java.util.List<String> properties,
                           long maxStates, List<PropertyId> defaultProperties) {
        requireRequests(requests);
        SearchLimit.requireValid(maxStates);
        List<Driver> allDrivers = List.of(Driver.values());
        List<Xend> allXends = List.of(Xend.values());
        List<Disk> allDisks = List.of(Disk.values());
        return new Selection(
                Choices.parse("--driver", drivers, allDrivers, Driver::id, allDrivers),
                Choices.parse("--toolstack", toolstacks, allXends, Xend::id, allXends),
                Choices.parse("--disk", disks, allDisks, Disk::id, allDisks.filter(Disk::isStandard)),
                requests,
                hazardSets(hazards),
                Choices.parse("--property", properties, PropertyId.all(), PropertyId::id, defaultProperties),
                maxStates).requireSomethingToCheck(hazards);
    }

    static void requireRequests(int requests) {
        if (requests < 0 || requests > MAX_REQUESTS) {
            throw BadInput.value("--requests", Integer.toString(requests), "0 to " + MAX_REQUESTS);
        }
    }

    /** A selection whose hazards apply to none of its drivers would check nothing and still exit 0. */
    private Selection requireSomethingToCheck(java.util.List<String> hazards) {
        if (configurations().isEmpty()) {
            throw BadInput.value("--hazard", hazards == null ? "none" : String.join(" ", hazards),
                    "a hazard that --driver " + drivers.map(Driver::id).mkString(",") + " has, or more drivers; see 'teardown hazards'");
        }
        return this;
    }

    /** Each --hazard value is one run; {@code a+b} switches two on together; {@code all} sweeps each one alone. */
    private static List<io.vavr.collection.Set<Hazard>> hazardSets(java.util.List<String> values) {
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
                    if (List.of(Driver.values()).forAll(d -> set.exists(h -> !h.appliesTo(d)))) {
                        throw BadInput.value("--hazard", v, "hazards that one driver has together; see 'teardown hazards'");
                    }
                    sets = sets.append(set);
                }
            }
        }
        return sets.distinct();
    }

    /** Every configuration to check, in matrix order, with hazards that do not apply to a driver left out. */
    List<Configuration> configurations() {
        return hazardSets.flatMap(h -> drivers.filter(d -> h.forAll(x -> x.appliesTo(d)))
                .flatMap(d -> toolstacks.flatMap(t -> disks.map(k -> new Configuration(d, t, k, requests, h)))));
    }

    /** The driver and hazard-set pairs skipped because a hazard's code path does not exist in that driver. */
    List<String> skipped() {
        return hazardSets.flatMap(h -> drivers.flatMap(d -> h.filter(x -> !x.appliesTo(d)).map(x ->
                "hazard " + x.id() + " does not apply to driver " + d.id() + " (it exists only in "
                        + x.drivers().map(Driver::id).mkString(", ") + "): skipped")));
    }
}
