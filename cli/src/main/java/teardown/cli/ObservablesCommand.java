package teardown.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import teardown.properties.assertion.Observable;
import teardown.properties.assertion.Observables;
import teardown.properties.assertion.Scope;
import teardown.properties.assertion.Type;

/** {@code teardown observables}: every name an assertion can read, with its type, meaning, scope and source. */
@Command(name = "observables", mixinStandardHelpOptions = true,
        description = "List the observables --assert can name: type (bool, count, or enum with its values), meaning, scope and the source each stands for.")
final class ObservablesCommand implements Callable<Integer> {

    @Mixin
    OutputFormat output;

    @Override
    public Integer call() {
        System.out.print(output.json() ? json() : text());
        return 0;
    }

    static String text() {
        StringBuilder out = new StringBuilder(Wrap.text("What --assert 'NAME: EXPR' can read (the language: docs/assert.md)."
                + " A vbd observable is read inside 'all vbd:' or 'any vbd:', a ring one inside 'all ring:' or 'any ring:'; a ring"
                + " quantifier outside a vbd one ranges over every ring of every device and names the ring's device too.", "", ""));
        for (Scope scope : Scope.values()) {
            out.append('\n').append(switch (scope) {
                case GLOBAL -> "global: one in the system";
                case VBD -> "vbd: one per device of the guest";
                case RING -> "ring: one per ring of a device";
            }).append('\n');
            for (Observable o : Observables.ALL.filter(x -> x.scope() == scope)) {
                out.append(Wrap.text(typeText(o.type()), String.format("  %-34s ", o.name()), " ".repeat(37)));
                out.append(Wrap.text(o.meaning(), "      ", "      "));
                out.append(Wrap.text("source: " + o.source(), "      ", "        "));
            }
        }
        out.append('\n').append(Wrap.text("Values of an enum are matched ignoring case, '-' and '_' (Closed, closed and CLOSED are one"
                + " value); counts compare with == != < <= > >= against numbers or other counts; bools and enums with == and != only.", "", ""));
        return out.toString();
    }

    private static String typeText(Type t) {
        return t.kind() == Type.Kind.ENUM ? "enum (" + t.noun() + "): " + t.values().mkString(", ") : t.id();
    }

    static String json() {
        List<Object> rows = Observables.ALL.map(o -> (Object) LinkedHashMap.<String, Object>empty()
                .put("name", o.name())
                .put("type", o.type().id())
                .put("enum", o.type().kind() == Type.Kind.ENUM ? o.type().noun() : null)
                .put("values", o.type().kind() == Type.Kind.ENUM ? o.type().values().map(v -> (Object) v) : null)
                .put("scope", o.scope().id())
                .put("meaning", o.meaning())
                .put("source", o.source()));
        return Json.write(LinkedHashMap.<String, Object>empty().put("observables", rows));
    }
}
