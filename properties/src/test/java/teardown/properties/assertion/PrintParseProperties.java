package teardown.properties.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any well-typed assertion prints to text that parses back to the same tree. */
class PrintParseProperties {

    @Property(tries = 400)
    void printedAssertionsParseBackToTheSameTree(@ForAll("assertions") Assertion a) {
        Assertion again = Assertion.parse(Printer.print(a));
        assertEquals(a.temporal(), again.temporal(), Printer.print(a));
        assertEquals(a.condition(), again.condition(), Printer.print(a));
        assertEquals(a.response(), again.response(), Printer.print(a));
        assertEquals(Printer.print(a), Printer.print(again), "printing is canonical");
    }

    @Provide
    Arbitrary<Assertion> assertions() {
        Arbitrary<Assertion.Temporal> temporal = Arbitraries.of(Assertion.Temporal.values());
        return Combinators.combine(temporal, expr(4, false, false), expr(3, false, false)).as((t, p, q) ->
                new Assertion("generated", t, p, t == Assertion.Temporal.LEADSTO ? Option.some(q) : Option.none(), ""));
    }

    /** A well-typed condition, of at most {@code depth} levels, with the observables the scope allows. */
    private static Arbitrary<Expr> expr(int depth, boolean inVbd, boolean inRing) {
        Arbitrary<Expr> leaf = leaf(inVbd, inRing);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expr> smaller = Arbitraries.lazy(() -> expr(depth - 1, inVbd, inRing));
        java.util.List<Arbitrary<Expr>> choices = new java.util.ArrayList<>(java.util.List.of(leaf,
                smaller.map(Expr.Not::new),
                Combinators.combine(Arbitraries.of(Expr.Connective.values()), smaller, smaller).as(Expr.Binary::new)));
        if (!inVbd) {
            choices.add(Combinators.combine(Arbitraries.of(true, false), Arbitraries.lazy(() -> expr(depth - 1, true, false)))
                    .as((all, body) -> new Expr.Quantified(all, Expr.Domain.VBD, body)));
        }
        if (!inRing) {
            choices.add(Combinators.combine(Arbitraries.of(true, false), Arbitraries.lazy(() -> expr(depth - 1, true, true)))
                    .as((all, body) -> new Expr.Quantified(all, Expr.Domain.RING, body)));
        }
        return Arbitraries.oneOf(choices);
    }

    private static Arbitrary<Expr> leaf(boolean inVbd, boolean inRing) {
        List<Observable> visible = Observables.ALL.filter(o -> o.scope() == Scope.GLOBAL || (o.scope() == Scope.VBD && inVbd)
                || (o.scope() == Scope.RING && inRing));
        Arbitrary<Observable> observable = Arbitraries.of(visible.toJavaList());
        return Arbitraries.oneOf(
                Arbitraries.of(true, false).map(Expr.Const::new),
                Arbitraries.of(visible.filter(o -> o.type().kind() == Type.Kind.BOOL).toJavaList()).map(Expr.Flag::new),
                observable.flatMap(o -> comparison(o, visible)));
    }

    /** {@code o} compared with a literal or another observable of its type, either way round. */
    private static Arbitrary<Expr> comparison(Observable o, List<Observable> visible) {
        Type t = o.type();
        Arbitrary<Expr.Comparison> op = t.kind() == Type.Kind.COUNT ? Arbitraries.of(Expr.Comparison.values())
                : Arbitraries.of(Expr.Comparison.EQ, Expr.Comparison.NE);
        Arbitrary<Term> literal = switch (t.kind()) {
            case BOOL -> Arbitraries.of(true, false).map(Term.Truth::new);
            case COUNT -> Arbitraries.integers().between(0, 100).map(Term.Number::new);
            case ENUM -> Arbitraries.integers().between(0, t.values().size() - 1).map(i -> new Term.Value(t, i));
        };
        Arbitrary<Term> other = Arbitraries.oneOf(literal,
                Arbitraries.of(visible.filter(x -> x.type().equals(t)).toJavaList()).map(Term.Read::new));
        return Combinators.combine(op, other, Arbitraries.of(true, false)).as((c, x, flip) ->
                flip ? new Expr.Compare(c, x, new Term.Read(o)) : new Expr.Compare(c, new Term.Read(o), x));
    }
}
