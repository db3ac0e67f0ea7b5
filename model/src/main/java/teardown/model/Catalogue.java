package teardown.model;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.regex.Pattern;
import teardown.model.guest.Frontend;
import teardown.model.toolstack.Toolstack;
import teardown.model.toolstack.Xenopsd;

/**
 * The variants a run can name: the built-in drivers, toolstacks and frontends, and the reviewer's
 * own designs loaded for this run with {@code --design} (docs/extending.md). It is a value handed
 * to whatever parses a selection; nothing registers itself in static state, so two runs in one JVM
 * (the tests do that all the time) never see each other's designs, and a built-in's id always
 * means the built-in.
 */
public record Catalogue(List<Design> designs) {

    /** What an id may be: it is used in comma lists, labels (driver/toolstack/disk) and hazard sets (a+b). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Words the command line gives a meaning of its own. */
    private static final List<String> RESERVED = List.of("all", "none", "today", "blast-radius");

    /**
     * One loaded design: a driver, a toolstack or a frontend, made by the loader from a class in
     * {@code origin} (the file the reviewer named).
     */
    public record Design(Object variant, String origin) {

        public Design {
            int kinds = (variant instanceof Driver ? 1 : 0) + (variant instanceof Toolstack ? 1 : 0) + (variant instanceof Frontend ? 1 : 0);
            if (kinds != 1) {
                throw new IllegalArgumentException(origin + ": class " + variant.getClass().getName() + " must implement exactly one of "
                        + "teardown.model.Driver, teardown.model.toolstack.Toolstack, teardown.model.guest.Frontend");
            }
        }

        /** "driver", "toolstack" or "frontend". */
        public String kind() {
            return variant instanceof Driver ? "driver" : variant instanceof Toolstack ? "toolstack" : "frontend";
        }

        public String id() {
            return variant instanceof Driver d ? d.id() : variant instanceof Toolstack t ? t.id() : ((Frontend) variant).id();
        }

        /** e.g. "driver patched-timeout (examples/PatchedWithTimeout.java)". */
        @Override
        public String toString() {
            return kind() + " " + id() + " (" + origin + ")";
        }
    }

    public Catalogue {
        designs = List.ofAll(designs);
    }

    /** The built-in variants alone. */
    public static Catalogue builtIn() {
        return new Catalogue(List.empty());
    }

    /**
     * This catalogue and one more design.
     *
     * @throws IllegalArgumentException saying why, in a reviewer's words: an id that is not a plain
     *         word, or that a built-in variant or another design of the same kind already has
     */
    public Catalogue with(Design d) {
        String id = d.id();
        if (id == null || !ID.matcher(id).matches() || RESERVED.contains(id)) {
            throw new IllegalArgumentException(d.origin() + ": " + d.kind() + " id '" + id + "' is not usable on the command line"
                    + " (valid: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit; not all, none, today or blast-radius)");
        }
        Option<String> builtIn = switch (d.kind()) {
            case "driver" -> Driver.known().map(Driver::id).find(id::equals);
            case "toolstack" -> List.of(Toolstack.values()).flatMap(t -> t instanceof Xenopsd x
                    ? List.of(Xenopsd.Deactivate.values()).map(a -> x.with(a).id()) : List.of(t.id())).find(id::equals);
            default -> Frontend.known().map(Frontend::id).find(id::equals);
        };
        if (builtIn.isDefined()) {
            throw new IllegalArgumentException(d.origin() + ": " + d.kind() + " id '" + id + "' clashes with the built-in " + d.kind()
                    + " " + id + "; give the design an id() of its own");
        }
        designs.find(x -> x.kind().equals(d.kind()) && x.id().equals(id)).forEach(x -> {
            throw new IllegalArgumentException(d.origin() + ": " + d.kind() + " id '" + id + "' clashes with the " + x
                    + "; give each design an id() of its own");
        });
        return new Catalogue(designs.append(d));
    }

    /** The designs' drivers, in the order they were loaded. */
    public List<Driver> designDrivers() {
        return designs.map(Design::variant).filter(v -> v instanceof Driver).map(v -> (Driver) v);
    }

    public List<Toolstack> designToolstacks() {
        return designs.map(Design::variant).filter(v -> v instanceof Toolstack).map(v -> (Toolstack) v);
    }

    public List<Frontend> designFrontends() {
        return designs.map(Design::variant).filter(v -> v instanceof Frontend).map(v -> (Frontend) v);
    }

    /** What {@code --driver all} (and no --driver) means: the matrix's drivers, then the designs'. */
    public List<Driver> drivers() {
        return Driver.all().appendAll(designDrivers());
    }

    /** Every driver the command line knows: the matrix's, the history's, the designs'. */
    public List<Driver> knownDrivers() {
        return Driver.known().appendAll(designDrivers());
    }

    /** Every toolstack: the built-ins, then the designs'. */
    public List<Toolstack> toolstacks() {
        return Toolstack.all().appendAll(designToolstacks());
    }

    /** What {@code --frontend all} means: the matrix's frontends, then the designs'. */
    public List<Frontend> frontends() {
        return Frontend.all().appendAll(designFrontends());
    }

    /** Every frontend the command line knows. */
    public List<Frontend> knownFrontends() {
        return Frontend.known().appendAll(designFrontends());
    }

    /** The design a variant was loaded from, if it is one. */
    public Option<Design> designOf(Object variant) {
        return designs.find(d -> d.variant() == variant);
    }
}
