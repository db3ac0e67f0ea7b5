package teardown.properties.assertion;

import teardown.model.Configuration;
import teardown.model.TeardownState;

/**
 * A condition on one state, as parsed and typed: every observable it reads is known and in scope,
 * every comparison compares values of one type. {@code vbd} and {@code ring} are the device and ring
 * the enclosing quantifiers name (-1 where none does).
 */
public sealed interface Expr {

    boolean test(Configuration c, TeardownState s, int vbd, int ring);

    /** The condition on a whole state, outside any quantifier. */
    default boolean test(Configuration c, TeardownState s) {
        return test(c, s, -1, -1);
    }

    record Const(boolean value) implements Expr {
        @Override
        public boolean test(Configuration c, TeardownState s, int vbd, int ring) {
            return value;
        }
    }

    /** A bool observable used as a condition. */
    record Flag(Observable observable) implements Expr {
        @Override
        public boolean test(Configuration c, TeardownState s, int vbd, int ring) {
            return observable.read(c, s, vbd, ring) != 0;
        }
    }

    record Not(Expr operand) implements Expr {
        @Override
        public boolean test(Configuration c, TeardownState s, int vbd, int ring) {
            return !operand.test(c, s, vbd, ring);
        }
    }

    enum Connective {
        AND, OR, IMPLIES;

        public String word() {
            return name().toLowerCase();
        }
    }

    record Binary(Connective connective, Expr left, Expr right) implements Expr {
        @Override
        public boolean test(Configuration c, TeardownState s, int vbd, int ring) {
            return switch (connective) {
                case AND -> left.test(c, s, vbd, ring) && right.test(c, s, vbd, ring);
                case OR -> left.test(c, s, vbd, ring) || right.test(c, s, vbd, ring);
                case IMPLIES -> !left.test(c, s, vbd, ring) || right.test(c, s, vbd, ring);
            };
        }
    }

    enum Comparison {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** == and != compare any two values of one type; the others only counts. */
        public boolean ordering() {
            return this != EQ && this != NE;
        }

        boolean holds(int a, int b) {
            return switch (this) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
            };
        }
    }

    record Compare(Comparison comparison, Term left, Term right) implements Expr {
        @Override
        public boolean test(Configuration c, TeardownState s, int vbd, int ring) {
            return comparison.holds(left.value(c, s, vbd, ring), right.value(c, s, vbd, ring));
        }
    }

    enum Domain {
        VBD, RING;

        public String word() {
            return name().toLowerCase();
        }
    }

    /**
     * {@code all vbd: P} or {@code any vbd: P} over the guest's devices; {@code all ring: P} or
     * {@code any ring: P} over the rings of the device an enclosing vbd quantifier names, or, outside
     * one, over every ring of every device (the ring's device is then the one vbd observables read).
     */
    record Quantified(boolean all, Domain domain, Expr body) implements Expr {
        @Override
        public boolean test(Configuration c, TeardownState s, int vbd, int ring) {
            if (domain == Domain.VBD) {
                for (int v = 0; v < s.vbds().size(); v++) {
                    if (body.test(c, s, v, -1) != all) {
                        return !all;
                    }
                }
                return all;
            }
            int first = vbd < 0 ? 0 : vbd;
            int last = vbd < 0 ? s.vbds().size() - 1 : vbd;
            for (int v = first; v <= last; v++) {
                for (int r = 0; r < s.vbd(v).rings().size(); r++) {
                    if (body.test(c, s, v, r) != all) {
                        return !all;
                    }
                }
            }
            return all;
        }

        public String word() {
            return all ? "all" : "any";
        }
    }
}
