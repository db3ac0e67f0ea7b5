package teardown.properties.assertion;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Set;

/**
 * Parses and types an assertion in one pass, so that every error, of syntax, of names or of types,
 * points at the column of the text where it is. The grammar (docs/assert.md#grammar):
 *
 * <pre>
 *   assertion   := NAME ':' property
 *   property    := 'always' expr | 'never' expr | 'sometimes' expr | expr 'leadsto' expr
 *   expr        := quantified | implication
 *   quantified  := ('all' | 'any') ('vbd' | 'ring') ':' expr
 *   implication := disjunction ['implies' expr]
 *   disjunction := conjunction {'or' (conjunction | quantified)}
 *   conjunction := negation {'and' (negation | quantified)}
 *   negation    := 'not' (negation | quantified) | comparison
 *   comparison  := '(' expr ')' | term [('==' | '!=' | '<' | '<=' | '>' | '>=') term]
 *   term        := OBSERVABLE | NUMBER | VALUE | 'true' | 'false'
 * </pre>
 *
 * A quantifier's body reaches as far right as it can (to a closing parenthesis, 'leadsto' or the
 * end). Keywords and values are matched ignoring case; observables are written as listed.
 */
final class Parser {

    static final String GRAMMAR = "NAME: always P, never P, sometimes P, or P leadsto Q (docs/assert.md)";
    static final String NAMES = "the observables 'teardown observables' lists";
    private static final Set<String> KEYWORDS = Set.of("always", "never", "sometimes", "leadsto", "and", "or", "not", "implies",
            "all", "any", "true", "false");
    static final int MAX_NAME = 40;

    private enum Kind { WORD, NUMBER, COMPARISON, OPEN, CLOSE, COLON, END }

    private record Token(Kind kind, String text, int column) {

        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isKeyword() {
            return kind == Kind.WORD && KEYWORDS.contains(text.toLowerCase(Locale.ROOT));
        }

        String shown() {
            return kind == Kind.END ? "the end" : "'" + text + "'";
        }
    }

    /** A term as written, before a word that is no observable is known to be a value of the other side's type. */
    private sealed interface Raw {
        int column();
    }

    private record Known(Term term, String text, int column) implements Raw {
    }

    private record Word(String text, int column) implements Raw {
    }

    private final String text;
    private final List<Token> tokens;
    private int at;
    private boolean inVbd;
    private boolean inRing;
    /** The quantifier that bound the device or ring, as written, for error messages. */
    private String vbdBinder = "";
    private String ringBinder = "";

    private Parser(String text, int from) {
        this.text = text;
        this.tokens = lex(text, from);
    }

    static Assertion assertion(String text) {
        int colon = text.indexOf(':');
        String name = (colon < 0 ? "" : text.substring(0, colon)).strip();
        if (colon < 0 || startsWithKeyword(name)) {
            throw new BadAssertion("an assertion starts with its name and a colon, as in 'closed-early: never ...'", 1, GRAMMAR);
        }
        requireName(name, text.indexOf(name.isEmpty() ? ":" : name) + 1);
        Parser p = new Parser(text, colon + 1);
        Assertion a = p.property(name, text.substring(colon + 1).strip());
        return a;
    }

    /** Parses a condition alone (tests and {@link Printer} round trips), outside any quantifier. */
    static Expr condition(String text) {
        Parser p = new Parser(text, 0);
        Expr e = p.expr();
        p.expectEnd("'and', 'or', 'implies' or the end");
        return e;
    }

    static void requireName(String name, int column) {
        String valid = "a name of at most " + MAX_NAME + " characters: a letter, then letters, digits, '-' or '_'";
        if (name.isEmpty()) {
            throw new BadAssertion("the name before ':' is empty", column, valid);
        }
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*") || name.length() > MAX_NAME) {
            throw new BadAssertion("'" + name + "' is not a name", column, valid);
        }
    }

    private static boolean startsWithKeyword(String name) {
        String first = name.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return List.of("always", "never", "sometimes", "all", "any", "not").contains(first);
    }

    private Assertion property(String name, String written) {
        Token first = peek();
        if (first.kind() == Kind.END) {
            throw error("nothing after the name: write always, never or sometimes and a condition, or P leadsto Q", first);
        }
        for (Assertion.Temporal t : List.of(Assertion.Temporal.ALWAYS, Assertion.Temporal.NEVER, Assertion.Temporal.SOMETIMES)) {
            if (first.is(t.word())) {
                at++;
                Expr e = expr();
                if (peek().is("leadsto")) {
                    throw error("'leadsto' makes a property of its own: write 'P leadsto Q', without " + t.word(), peek());
                }
                expectEnd("'and', 'or', 'implies' or the end");
                return new Assertion(name, t, e, Option.none(), written);
            }
        }
        Expr p = expr();
        Token next = peek();
        if (!next.is("leadsto")) {
            throw error(next.kind() == Kind.END
                    ? "a condition alone is no property: start with always, never or sometimes, or write 'P leadsto Q'"
                    : "expected 'and', 'or', 'implies' or 'leadsto', found " + next.shown(), next);
        }
        at++;
        if (peek().kind() == Kind.END) {
            throw error("expected a condition after 'leadsto', found the end", peek());
        }
        Expr q = expr();
        expectEnd("'and', 'or', 'implies' or the end");
        return new Assertion(name, Assertion.Temporal.LEADSTO, p, Option.some(q), written);
    }

    private Expr expr() {
        return isQuantifier(peek()) ? quantified() : implication();
    }

    private Expr implication() {
        Expr left = disjunction();
        if (peek().is("implies")) {
            at++;
            return new Expr.Binary(Expr.Connective.IMPLIES, left, expr());
        }
        return left;
    }

    private Expr disjunction() {
        Expr left = conjunction();
        while (peek().is("or")) {
            at++;
            left = new Expr.Binary(Expr.Connective.OR, left, isQuantifier(peek()) ? quantified() : conjunction());
        }
        return left;
    }

    private Expr conjunction() {
        Expr left = negation();
        while (peek().is("and")) {
            at++;
            left = new Expr.Binary(Expr.Connective.AND, left, isQuantifier(peek()) ? quantified() : negation());
        }
        return left;
    }

    private Expr negation() {
        if (peek().is("not")) {
            at++;
            return new Expr.Not(isQuantifier(peek()) ? quantified() : negation());
        }
        return comparison();
    }

    private Expr comparison() {
        Token open = peek();
        if (open.kind() == Kind.OPEN) {
            at++;
            Expr inner = expr();
            Token close = peek();
            if (close.kind() != Kind.CLOSE) {
                throw error("expected ')' to close the '(' at column " + open.column() + ", found " + close.shown(), close);
            }
            at++;
            return inner;
        }
        Raw left = term();
        Token op = peek();
        if (op.kind() != Kind.COMPARISON) {
            return condition(left);
        }
        at++;
        Raw right = term();
        return compare(List.of(Expr.Comparison.values()).find(c -> c.symbol().equals(op.text())).get(), left, right, op);
    }

    private Expr quantified() {
        Token q = next();
        Token domain = next();
        Expr.Domain d = domain.is("vbd") ? Expr.Domain.VBD : domain.is("ring") ? Expr.Domain.RING : null;
        if (d == null) {
            throw error("expected vbd or ring after '" + q.text() + "', found " + domain.shown(), domain);
        }
        Token colon = next();
        if (colon.kind() != Kind.COLON) {
            throw error("expected ':' after '" + q.text() + " " + domain.text() + "', found " + colon.shown(), colon);
        }
        String written = q.text().toLowerCase(Locale.ROOT) + " " + d.word() + ":";
        if (d == Expr.Domain.VBD && inRing) {
            throw error("'" + written + "' inside '" + ringBinder + "': the ring already names its device", q);
        }
        if (d == Expr.Domain.VBD && inVbd) {
            throw error("'" + written + "' inside '" + vbdBinder + "': an assertion names one device at a time"
                    + " (write two assertions, or quantify over the device's rings)", q);
        }
        if (d == Expr.Domain.RING && inRing) {
            throw error("'" + written + "' inside '" + ringBinder + "': an assertion names one ring at a time", q);
        }
        boolean wasVbd = inVbd;
        boolean wasRing = inRing;
        String outerVbd = vbdBinder;
        String outerRing = ringBinder;
        if (d == Expr.Domain.VBD) {
            inVbd = true;
            vbdBinder = written;
        } else {
            inRing = true;
            ringBinder = written;
            if (!inVbd) {
                // Outside a vbd quantifier a ring quantifier ranges over every ring of every device, and names the ring's device.
                inVbd = true;
                vbdBinder = written;
            }
        }
        if (peek().kind() == Kind.END || peek().kind() == Kind.CLOSE) {
            throw error("expected a condition after '" + written + "', found " + peek().shown(), peek());
        }
        Expr body = expr();
        inVbd = wasVbd;
        inRing = wasRing;
        vbdBinder = outerVbd;
        ringBinder = outerRing;
        return new Expr.Quantified(q.is("all"), d, body);
    }

    private Raw term() {
        Token t = next();
        if (t.kind() == Kind.NUMBER) {
            try {
                return new Known(new Term.Number(Integer.parseInt(t.text())), t.text(), t.column());
            } catch (NumberFormatException e) {
                throw error("the number " + t.text() + " is too large", t);
            }
        }
        if (t.is("true") || t.is("false")) {
            return new Known(new Term.Truth(t.is("true")), t.text().toLowerCase(Locale.ROOT), t.column());
        }
        if (t.kind() != Kind.WORD || t.isKeyword()) {
            throw error("expected an observable, a number or a value, found " + t.shown(), t);
        }
        Option<Observable> o = Observables.find(t.text());
        if (o.isEmpty()) {
            return new Word(t.text(), t.column());
        }
        requireInScope(o.get(), t);
        return new Known(new Term.Read(o.get()), t.text(), t.column());
    }

    private void requireInScope(Observable o, Token t) {
        if (o.scope() == Scope.RING && !inRing) {
            throw error(o.name() + " is per ring: read it inside 'all ring:' or 'any ring:'"
                    + (inVbd ? " (within '" + vbdBinder + "', over that device's rings)" : ""), t);
        }
        if (o.scope() == Scope.VBD && !inVbd) {
            throw error(o.name() + " is per device: read it inside 'all vbd:' or 'any vbd:' (or a ring quantifier)", t);
        }
    }

    /** A term on its own: a bool observable or true/false. */
    private Expr condition(Raw raw) {
        if (raw instanceof Word w) {
            List<Type> named = Observables.enumerationsNaming(w.text());
            if (!named.isEmpty()) {
                throw new BadAssertion(w.text() + " is " + named.head().described() + ", not a condition: compare an observable with it",
                        w.column(), NAMES);
            }
            throw unknown(w);
        }
        Known k = (Known) raw;
        if (k.term() instanceof Term.Truth truth) {
            return new Expr.Const(truth.b());
        }
        if (k.term() instanceof Term.Read read && read.type().kind() == Type.Kind.BOOL) {
            return new Expr.Flag(read.observable());
        }
        String example = k.term().type().kind() == Type.Kind.COUNT ? k.text() + " > 0" : k.text() + " == " + k.term().type().values().head();
        throw new BadAssertion(k.text() + " is " + k.term().type().described() + ", not a condition: compare it, as in " + example,
                k.column(), NAMES);
    }

    private Expr compare(Expr.Comparison op, Raw left, Raw right, Token opToken) {
        if (left instanceof Word a && right instanceof Word b && Observables.find(a.text()).isEmpty()
                && !Observables.enumerationsNaming(a.text()).isEmpty() && !Observables.enumerationsNaming(b.text()).isEmpty()) {
            throw new BadAssertion("neither " + a.text() + " nor " + b.text() + " is an observable: compare an observable with a value",
                    a.column(), NAMES);
        }
        Term l = resolve(left, right);
        Term r = resolve(right, left);
        Known kl = new Known(l, text(left), left.column());
        Known kr = new Known(r, text(right), right.column());
        // An observable is the subject of the sentence, whichever side it is on.
        Known subject = !(l instanceof Term.Read) && r instanceof Term.Read ? kr : kl;
        Known object = subject == kl ? kr : kl;
        if (!l.type().equals(r.type())) {
            throw new BadAssertion(subject.text() + " is " + described(subject.term()) + ", compared with " + object.text()
                    + ", " + described(object.term()), object.column(), "values of one type: see " + NAMES);
        }
        if (op.ordering() && l.type().kind() != Type.Kind.COUNT) {
            throw new BadAssertion(subject.text() + " is " + l.type().described() + ": only == and != compare it, not " + op.symbol(),
                    opToken.column(), "== or !=");
        }
        return new Expr.Compare(op, l, r);
    }

    /** A term, a word read as a value of the other side's enumeration where it names no observable. */
    private Term resolve(Raw raw, Raw other) {
        if (raw instanceof Known k) {
            return k.term();
        }
        Word w = (Word) raw;
        Option<Type> otherType = other instanceof Known k ? Option.some(k.term().type()) : Option.none();
        if (otherType.exists(t -> t.kind() == Type.Kind.ENUM)) {
            Type t = otherType.get();
            return t.valueOf(w.text()).<Term>map(i -> new Term.Value(t, i)).getOrElseThrow(() -> w.text().contains(".")
                    ? unknown(w) : new BadAssertion("'" + w.text() + "' is not " + t.described(), w.column(), t.values().mkString(", ")));
        }
        List<Type> named = Observables.enumerationsNaming(w.text());
        if (!named.isEmpty() && otherType.isDefined()) {
            // A value of some enumeration, compared with what is not of it: the type error below says so.
            return new Term.Value(named.head(), named.head().valueOf(w.text()).get());
        }
        throw unknown(w);
    }

    /** A literal number is "a number", whatever it is compared with; anything else, its type. */
    private static String described(Term t) {
        return t instanceof Term.Number ? "a number" : t.type().described();
    }

    private static String text(Raw raw) {
        return raw instanceof Known k ? k.text() : ((Word) raw).text();
    }

    private static BadAssertion unknown(Word w) {
        return new BadAssertion("unknown observable '" + w.text() + "'; nearest: " + Observables.nearest(w.text(), 3).mkString(", "),
                w.column(), NAMES);
    }

    private boolean isQuantifier(Token t) {
        return t.is("all") || t.is("any");
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Kind.END) {
            at++;
        }
        return t;
    }

    private void expectEnd(String expected) {
        Token t = peek();
        if (t.kind() != Kind.END) {
            throw error(t.kind() == Kind.CLOSE ? "')' closes no '('" : "expected " + expected + ", found " + t.shown(), t);
        }
    }

    private BadAssertion error(String message, Token at) {
        return new BadAssertion(message, at.column(), GRAMMAR);
    }

    /** The tokens of {@code text} from index {@code from} on, with 1-based columns of the whole text. */
    private static List<Token> lex(String text, int from) {
        java.util.List<Token> out = new java.util.ArrayList<>();
        int i = from;
        while (i < text.length()) {
            char ch = text.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (Character.isLetter(ch) || ch == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_.-".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                out.add(new Token(Kind.WORD, text.substring(start, i), column));
            } else if (ch >= '0' && ch <= '9') {
                int start = i;
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i), column));
            } else if (text.startsWith("==", i) || text.startsWith("!=", i) || text.startsWith("<=", i) || text.startsWith(">=", i)) {
                out.add(new Token(Kind.COMPARISON, text.substring(i, i + 2), column));
                i += 2;
            } else if (ch == '<' || ch == '>') {
                out.add(new Token(Kind.COMPARISON, String.valueOf(ch), column));
                i++;
            } else if (ch == '(' || ch == ')' || ch == ':') {
                out.add(new Token(ch == '(' ? Kind.OPEN : ch == ')' ? Kind.CLOSE : Kind.COLON, String.valueOf(ch), column));
                i++;
            } else {
                throw new BadAssertion("unexpected character '" + new String(Character.toChars(text.codePointAt(i))) + "'"
                        + hint(ch), column, GRAMMAR);
            }
        }
        out.add(new Token(Kind.END, "", text.length() + 1));
        return List.ofAll(out);
    }

    private static String hint(char ch) {
        return switch (ch) {
            case '&' -> ": write 'and'";
            case '|' -> ": write 'or'";
            case '!' -> ": write 'not', or != to compare";
            case '=' -> ": write == to compare";
            case '-' -> ": numbers are whole and not negative";
            default -> "";
        };
    }
}
