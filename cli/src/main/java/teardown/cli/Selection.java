package teardown.cli;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.Xend;
import teardown.model.guest.Frontend;
import teardown.model.xend.Xenopsd;
import teardown.properties.PropertyId;

/**
 * Which variants and properties a run covers, parsed from the command line. Every combination of
 * the chosen drivers, toolstacks and disks is checked, once per hazard set (none by default).
 */
record Selection(List<Driver> drivers, List<Xend> toolstacks, List<Disk> disks, int requests,
                 List<io.vavr.collection.Set<Hazard>> hazardSets, List<PropertyId> properties, long maxStates,
                 List<Frontend> frontends) {

    static final int MAX_REQUESTS = 64;

    static Selection parse(java.util.List<String> drivers, java.util.List<String> toolstacks, java.util.List<String> disks,
                           int requests, java.util.List<String> hazards, java.util.List<String> properties,
                           long maxStates, List<PropertyId> defaultProperties) {
        return parse(drivers, toolstacks, disks, requests, hazards, properties, maxStates, defaultProperties, null, null);
    }

    static Selection parse(java.util.List<String> drivers, java.util.List<String> toolstacks, java.util.List<String> disks,
                           int requests, java.util.List<String> hazards, java.util.List<String> properties,
                           long maxStates, List<PropertyId> defaultProperties,
                           java.util.List<String> frontends, String deactivate) {
        requireRequests(requests);
        SearchLimit.requireValid(maxStates);
        List<Driver> allDrivers = List.of(Driver.values());
        Xenopsd.Deactivate d = deactivate(deactivate);
        List<Xend> allXends = List.of(Xend.values()).map(t -> t instanceof Xenopsd x ? x.with(d) : t);
        List<Disk> allDisks = List.of(Disk.values());
        return new Selection(
                Choices.parse("--driver", drivers, allDrivers, Driver::id, allDrivers),
                Choices.parse("--toolstack", toolstacks, allXends, Selection::toolstackId, allXends),
                Choices.parse("--disk", disks, allDisks, Disk::id, allDisks.filter(Disk::isStandard)),
                requests,
                hazardSets(hazards),
                Choices.parse("--property", properties, PropertyId.all(), PropertyId::id, defaultProperties),
                maxStates,
                Choices.parse("--frontend", frontends, Frontend.all(), Frontend::id, List.of(Frontend.LINUX)))
                .requireSomethingToCheck(hazards);
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
    private static String toolstackId(Xend t) {
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

    /**
     * Every configuration to check, in matrix order, with hazards that do not apply to a driver
     * left out, and toolstacks left out for drivers they cannot drive.
     */
    List<Configuration> configurations() {
        return hazardSets.flatMap(h -> drivers.filter(d -> h.forAll(x -> x.appliesTo(d)))
                .flatMap(d -> toolstacks.filter(t -> t.cannotDrive(d).isEmpty())
                        .flatMap(t -> disks.flatMap(k -> frontends.map(f -> new Configuration(d, t, k, requests, h, f))))));
    }

    /** The driver and hazard-set pairs skipped because a hazard's code path does not exist in that driver. */
    List<String> skipped() {
        return hazardSets.flatMap(h -> drivers.flatMap(d -> h.filter(x -> !x.appliesTo(d)).map(x ->
                "hazard " + x.id() + " does not apply to driver " + d.id() + " (it exists only in "
                        + x.drivers().map(Driver::id).mkString(", ") + "): skipped")))
                .appendAll(drivers.flatMap(d -> toolstacks.flatMap(t -> t.cannotDrive(d).map(why ->
                        "toolstack " + t.id() + " with driver " + d.id() + ": " + why + ": skipped"))));
    }
}
