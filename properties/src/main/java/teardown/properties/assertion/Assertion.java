package teardown.properties.assertion;

import io.vavr.control.Option;
import teardown.checker.Property;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.Column;
import teardown.properties.TeardownProperties;

/**
 * A user's property, {@code NAME: always P}, {@code never P}, {@code sometimes P} or
 * {@code P leadsto Q}, parsed and typed ({@link Parser}), as one more column of the matrix. It becomes
 * the checker's own kinds of property: an invariant, a witness, or a leads-to under exactly the
 * fairness the built-in liveness properties use ({@link TeardownProperties#fairActors}).
 * {@code text} is the property as written, after the name.
 */
public record Assertion(String name, Temporal temporal, Expr condition, Option<Expr> response, String text) implements Column {

    public enum Temporal {
        ALWAYS, NEVER, SOMETIMES, LEADSTO;

        public String word() {
            return name().toLowerCase();
        }
    }

    /** Parses {@code NAME: PROPERTY}; a {@link BadAssertion} says what is wrong and where. */
    public static Assertion parse(String text) {
        return Parser.assertion(text);
    }

    /**
     * Why this assertion's name cannot be used beside {@code earlier} ones, if it cannot: each name
     * is one column, one JSON id and one anchor, so it must differ from the others, from every
     * built-in property's and from every witness's.
     */
    public Option<String> nameClash(io.vavr.collection.List<Assertion> earlier) {
        if (earlier.exists(a -> a.name.equals(name))) {
            return Option.some("the name " + name + " is given twice");
        }
        if (io.vavr.collection.List.of(teardown.properties.PropertyId.values()).exists(p -> p.id().equals(name))) {
            return Option.some("the name " + name + " is a built-in property's (--property " + name + " checks it)");
        }
        if (io.vavr.collection.List.of(teardown.properties.Witness.values()).exists(w -> w.id().equals(name))) {
            return Option.some("the name " + name + " is a built-in witness's");
        }
        return Option.none();
    }

    @Override
    public String id() {
        return name;
    }

    @Override
    public String description() {
        return text;
    }

    @Override
    public boolean isLiveness() {
        return temporal == Temporal.LEADSTO;
    }

    @Override
    public boolean isWitness() {
        return temporal == Temporal.SOMETIMES;
    }

    /** A user's property applies wherever it is asked: it says nothing about why it might not. */
    @Override
    public Option<String> inapplicable(Configuration c) {
        return Option.none();
    }

    @Override
    public Property<TeardownState, Step> property(Configuration c) {
        Expr p = condition;
        return switch (temporal) {
            case ALWAYS -> Property.always(name, s -> p.test(c, s));
            case NEVER -> Property.always(name, s -> !p.test(c, s));
            case SOMETIMES -> Property.sometimes(name, s -> p.test(c, s));
            case LEADSTO -> {
                Expr q = response.get();
                yield Property.leadsTo(name, s -> p.test(c, s), s -> q.test(c, s), Step::who, TeardownProperties.fairActors(c));
            }
        };
    }

    @Override
    public String definition() {
        return "Your assertion, given with --assert or --assert-file; the language: docs/assert.md in the repository";
    }

    /** The assertion in the language's canonical form ({@link Printer}). */
    @Override
    public String toString() {
        return Printer.print(this);
    }
}
