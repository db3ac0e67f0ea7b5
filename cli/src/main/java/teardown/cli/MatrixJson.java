package teardown.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import teardown.checker.Outcome;
import teardown.checker.Path;
import teardown.checker.StateDiff;
import teardown.checker.Verdict;
import teardown.model.Hazard;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.VariantResult;

/**
 * The verdict matrix as one JSON document. The names and values of "config" and "results" are a
 * contract other tools read; keep them.
 */
final class MatrixJson {

    private MatrixJson() {
    }

    /** What was selected, as the "config" object of both check's and fuzz's documents. */
    static Map<String, Object> selection(Selection sel) {
        return LinkedHashMap.<String, Object>empty()
                .put("drivers", sel.drivers().map(d -> (Object) d.id()))
                .put("toolstacks", sel.toolstacks().map(t -> (Object) t.id()))
                .put("disks", sel.diskSets().map(k -> (Object) k.map(teardown.model.Disk::id).mkString(",")))
                .put("devices", sel.devices())
                .put("bystanders", sel.bystanders())
                .put("frontends", sel.frontends().map(f -> (Object) f.id()))
                .put("requests", sel.requests())
                .put("hazards", sel.hazardSets().map(h -> (Object) h.map(Hazard::id).mkString("+")))
                .put("properties", sel.columns().map(p -> (Object) p.id()))
                .transform(config -> sel.assertions().isEmpty() ? config : config.put("assertions", sel.assertions()
                        .map(a -> (Object) LinkedHashMap.<String, Object>empty().put("name", a.name()).put("assertion", a.text()))));
    }

    static String render(Selection sel, List<VariantResult> results, List<String> skipped) {
        Map<String, Object> config = selection(sel).put("max_states", sel.maxStates());
        List<Object> rows = results.flatMap(r -> r.properties().map(o -> (Object) row(r, o, "property")));
        List<Object> witnesses = results.flatMap(r -> r.witnesses().map(o -> (Object) row(r, o, "witness")));
        return Json.write(LinkedHashMap.<String, Object>empty()
                .put("config", config)
                .put("results", rows)
                .put("witnesses", witnesses)
                .put("skipped", skipped.map(s -> (Object) s)));
    }

    /** One variant's selection, as every row names it. */
    static Map<String, Object> configuration(teardown.model.Configuration c) {
        return LinkedHashMap.<String, Object>empty()
                .put("driver", c.driver().id())
                .put("toolstack", c.toolstack().id())
                .put("disk", c.diskId())
                .put("frontend", c.frontend().id())
                .put("hazards", c.hazards().toList().map(h -> (Object) h.id()))
                .put("scenario", c.scenario().id())
                .put("rings", c.rings())
                .put("requests", c.requests());
    }

    private static Map<String, Object> row(VariantResult r, Outcome<TeardownState, Step> o, String kind) {
        Map<String, Object> row = configuration(r.configuration()).put(kind, o.property().name());
        if (kind.equals("witness")) {
            return row.put("reached", reached(o)).put("example", o.trace().map(p -> (Object) trace(p)).getOrNull());
        }
        if (o.property().name().equals(teardown.properties.PropertyId.MIGRATION_COMPLETES.id())) {
            row = row.put("ends", r.ends().toList().map(e -> (Object) e.id()));
        }
        // A user's sometimes property is a witness of their own: reached or not, with an example rather than a counterexample.
        boolean sometimes = o.property() instanceof teardown.checker.Property.Sometimes;
        row = row.put("verdict", o.verdict().id());
        if (sometimes) {
            row = row.put("reached", reached(o));
        }
        row = row.put("states", r.statistics().states())
                .put("transitions", r.statistics().transitions())
                .put("depth", r.statistics().depth())
                .put("seconds", r.statistics().seconds());
        return sometimes ? row.put("example", o.trace().map(p -> (Object) trace(p)).getOrNull())
                : row.put("counterexample", o.verdict() == Verdict.VIOLATED ? o.trace().map(p -> (Object) trace(p)).getOrNull() : null);
    }

    private static String reached(Outcome<TeardownState, Step> o) {
        return o.verdict() == Verdict.INCOMPLETE ? "incomplete" : o.verdict() == Verdict.HOLDS ? "yes" : "no";
    }

    static Map<String, Object> trace(Path<TeardownState, Step> p) {
        List<TeardownState> states = p.states();
        List<Object> steps = p.steps().zipWithIndex().map(t -> (Object) LinkedHashMap.<String, Object>empty()
                .put("actor", t._1.step().actor().id())
                .put("step", t._1.step().name())
                .put("source", t._1.step().source())
                .put("changes", StateDiff.between(states.get(t._2), t._1.target())
                        .map(c -> (Object) LinkedHashMap.<String, Object>empty()
                                .put("field", c.path()).put("before", c.before()).put("after", c.after()))));
        Map<String, Object> m = LinkedHashMap.<String, Object>empty()
                .put("length", p.length());
        if (p.cycleStart().isDefined()) {
            m = m.put("cycle_start", p.cycleStart().get());
        }
        return m.put("steps", steps);
    }
}
