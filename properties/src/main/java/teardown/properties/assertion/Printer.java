package teardown.properties.assertion;

/**
 * Prints an assertion in the language's canonical form: keywords in lower case, values as their
 * type spells them, and only the parentheses the grammar needs (plus one around a quantifier that
 * is not the last thing in its context, whose body would otherwise reach too far). What it prints
 * parses back to the same tree.
 */
public final class Printer {

    private static final int IMPLIES = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int ATOM = 5;

    private Printer() {
    }

    public static String print(Assertion a) {
        return a.name() + ": " + switch (a.temporal()) {
            case ALWAYS, NEVER, SOMETIMES -> a.temporal().word() + " " + print(a.condition());
            case LEADSTO -> operand(a.condition(), 0, false) + " leadsto " + print(a.response().get());
        };
    }

    public static String print(Expr e) {
        return operand(e, 0, true);
    }

    /**
     * {@code e} where the context binds with strength {@code context}; {@code last}: nothing follows
     * it before a closing parenthesis, 'leadsto' or the end, so a quantifier needs no parentheses.
     */
    private static String operand(Expr e, int context, boolean last) {
        if (e instanceof Expr.Quantified q) {
            String s = q.word() + " " + q.domain().word() + ": " + operand(q.body(), 0, true);
            return last ? s : "(" + s + ")";
        }
        int strength = strength(e);
        String s;
        if (e instanceof Expr.Const c) {
            s = Boolean.toString(c.value());
        } else if (e instanceof Expr.Flag f) {
            s = f.observable().name();
        } else if (e instanceof Expr.Not n) {
            s = "not " + operand(n.operand(), NOT, last);
        } else if (e instanceof Expr.Compare c) {
            s = term(c.left()) + " " + c.comparison().symbol() + " " + term(c.right());
        } else {
            s = binary((Expr.Binary) e, strength, last);
        }
        return strength < context ? "(" + s + ")" : s;
    }

    private static String binary(Expr.Binary b, int strength, boolean last) {
        // and, or: left-associative, so a right operand of the same strength needs parentheses;
        // implies: right-associative, so a left one does. Only the right operand can be last.
        boolean rightAssociative = b.connective() == Expr.Connective.IMPLIES;
        String l = operand(b.left(), rightAssociative ? strength + 1 : strength, false);
        String r = operand(b.right(), rightAssociative ? strength : strength + 1, last);
        return l + " " + b.connective().word() + " " + r;
    }

    private static int strength(Expr e) {
        if (e instanceof Expr.Binary b) {
            return switch (b.connective()) {
                case IMPLIES -> IMPLIES;
                case OR -> OR;
                case AND -> AND;
            };
        }
        return e instanceof Expr.Not ? NOT : ATOM;
    }

    private static String term(Term t) {
        if (t instanceof Term.Read r) {
            return r.observable().name();
        }
        if (t instanceof Term.Number n) {
            return Integer.toString(n.n());
        }
        if (t instanceof Term.Truth b) {
            return Boolean.toString(b.b());
        }
        return ((Term.Value) t).name();
    }
}
