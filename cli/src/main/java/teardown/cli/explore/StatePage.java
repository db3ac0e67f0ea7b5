package teardown.cli.explore;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import teardown.checker.Checker;
import teardown.checker.Outcome;
import teardown.checker.Path;
import teardown.checker.Property;
import teardown.checker.Report;
import teardown.checker.StateDiff;
import teardown.checker.Transition;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;
import teardown.properties.TeardownProperties;
import teardown.properties.VariantResult;

/**
 * What the explorer page shows at one point of a walk, as a JSON document: the state grouped by
 * actor, the path so far with only what changed, the enabled steps, and each property's status
 * here. Every link on the page is computed here, so the page itself only draws.
 */
final class StatePage {

    private StatePage() {
    }

    /**
     * @param variant   the link's variant options, kept as given so links stay the reviewer's own
     * @param maxStates the limit for the search from this state; past it the answer is incomplete
     */
    static Map<String, Object> render(Query variant, Walk walk, VariantResult whole, long maxStates) {
        Configuration c = walk.system().configuration();
        List<Property<TeardownState, Step>> properties = PropertyId.all().map(id -> TeardownProperties.of(id, c));
        TeardownState here = walk.current();
        List<Transition<TeardownState, Step>> enabled = walk.enabled();
        Report<TeardownState, Step> ahead = Checker.of(new FromHere<>(walk.system(), here))
                .properties(properties).maxStates(maxStates).check();
        Links links = new Links(variant, walk.init());
        return object(
                "variant", c.label(),
                "requests", c.requests(),
                "self", links.to(walk.choices()),
                "restart", links.to(List.empty()),
                "back", walk.choices().isEmpty() ? null : links.to(walk.choices().dropRight(1)),
                "initials", initials(walk, variant),
                "here", badHere(properties, enabled.isEmpty(), here),
                "groups", groups(here, walk.path().steps().isEmpty() ? here : walk.path().states().dropRight(1).last()),
                "trace", trace(walk, properties, links),
                "enabled", enabled.zipWithIndex().map(t -> object(
                        "index", t._2,
                        "actor", t._1.step().actor().id(),
                        "step", t._1.step().name(),
                        "source", t._1.step().source(),
                        "changes", changes(here, t._1.target()),
                        "bad", badHere(properties, walk.system().successors(t._1.target()).isEmpty(), t._1.target()),
                        "href", links.to(walk.choices().append(t._2)))),
                "end", end(properties, here, enabled).getOrNull(),
                "properties", PropertyId.all().zip(properties).map(p -> property(p._1, p._2, here, enabled.isEmpty(),
                        whole, ahead, walk, links)),
                "searchedFromHere", object("states", ahead.statistics().states(),
                        "milliseconds", Math.round(ahead.statistics().seconds() * 1000)));
    }

    /** Builds links that keep the variant's options as the reviewer gave them. */
    private record Links(Query variant, int init) {
        String to(List<Integer> choices) {
            Query q = init == 0 ? variant : variant.with(Query.INIT, String.valueOf(init));
            return (choices.isEmpty() ? q : q.with(Query.PATH, choices.mkString("."))).render();
        }

        String to(Walk walk) {
            return new Links(variant, walk.init()).to(walk.choices());
        }
    }

    /** Each initial state, told apart by the fields in which the initial states differ. */
    private static List<Map<String, Object>> initials(Walk walk, Query variant) {
        List<TeardownState> all = walk.system().initialStates();
        List<List<StateDiff.Change>> described = all.map(StateDiff::describe);
        List<String> differing = described.head().map(StateDiff.Change::path)
                .filter(field -> described.map(d -> d.find(ch -> ch.path().equals(field)).map(StateDiff.Change::after)).distinct().size() > 1);
        return described.zipWithIndex().map(d -> object(
                "index", d._2,
                "label", d._1.filter(ch -> differing.contains(ch.path())).map(ch -> ch.path() + " = " + ch.after()).mkString(", "),
                "current", d._2 == walk.init(),
                "href", new Links(variant, d._2).to(List.empty())));
    }

    /**
     * The state's fields grouped by the state's top-level parts (an actor such as xenwatch, or a
     * shared object such as blkif), each marked if the last step changed it.
     */
    private static List<Map<String, Object>> groups(TeardownState here, TeardownState before) {
        List<String> changed = StateDiff.between(before, here).map(StateDiff.Change::path);
        List<String> actors = List.of(Actor.values()).map(Actor::id);
        List<StateDiff.Change> fields = StateDiff.describe(here);
        List<String> order = fields.map(StatePage::part).distinct();
        return order.map(part -> new Tuple2<>(part, fields.filter(ch -> part(ch).equals(part))))
                .map(g -> object(
                        "name", g._1,
                        "actor", actors.contains(g._1),
                        "fields", g._2.map(ch -> object(
                                "name", ch.path().equals(g._1) ? "" : ch.path().substring(g._1.length() + 1),
                                "value", ch.after(),
                                "changed", changed.exists(p -> ch.path().equals(p) || ch.path().startsWith(p + "."))))));
    }

    /** The top-level part of the state a field belongs to: {@code xenwatch} for {@code xenwatch.phase}. */
    private static String part(StateDiff.Change field) {
        int dot = field.path().indexOf('.');
        return dot < 0 ? field.path() : field.path().substring(0, dot);
    }

    private static List<Map<String, Object>> trace(Walk walk, List<Property<TeardownState, Step>> properties, Links links) {
        List<TeardownState> states = walk.path().states();
        return walk.path().steps().zipWithIndex().map(t -> {
            TeardownState after = t._1.target();
            return object(
                    "number", t._2 + 1,
                    "actor", t._1.step().actor().id(),
                    "step", t._1.step().name(),
                    "source", t._1.step().source(),
                    "changes", changes(states.get(t._2), after),
                    "bad", badHere(properties, walk.system().successors(after).isEmpty(), after),
                    "href", links.to(walk.choices().take(t._2 + 1)));
        });
    }

    private static List<Map<String, Object>> changes(TeardownState before, TeardownState after) {
        return StateDiff.between(before, after).map(ch -> object("field", ch.path(), "before", ch.before(), "after", ch.after()));
    }

    /** The properties this state by itself breaks: a safety property's bad state, or a deadlock. */
    private static List<String> badHere(List<Property<TeardownState, Step>> properties, boolean stuck, TeardownState s) {
        return properties.filter(p -> isBad(p, s, stuck).getOrElse(false)).map(Property::name);
    }

    /** Whether a state is bad for a property; none for a property judged on whole runs. */
    private static Option<Boolean> isBad(Property<TeardownState, Step> p, TeardownState s, boolean stuck) {
        if (p instanceof Property.Always<TeardownState, Step> a) {
            return Option.some(!a.invariant().test(s));
        }
        if (p instanceof Property.NoDeadlock<TeardownState, Step> d) {
            return Option.some(stuck && !d.legitimateEnd().test(s));
        }
        return Option.none();
    }

    /**
     * Where a run can stop: no step at all is enabled (a legitimate end, or a deadlock), or only
     * steps of actors that weak fairness never forces to move, so a fair run may stay here for ever.
     */
    private static Option<Map<String, Object>> end(List<Property<TeardownState, Step>> properties, TeardownState here,
                                                  List<Transition<TeardownState, Step>> enabled) {
        if (enabled.isEmpty()) {
            List<String> stuck = badHere(properties, true, here).filter(name -> properties.exists(
                    p -> p.name().equals(name) && p instanceof Property.NoDeadlock));
            return Option.some(object("stuck", !stuck.isEmpty(),
                    "text", stuck.isEmpty() ? "No step is enabled: the run ends here, and this is a legitimate end."
                            : "No step is enabled and the teardown has not finished: this state violates " + stuck.mkString(", ") + "."));
        }
        List<Property.LeadsTo<TeardownState, Step>> fairness = properties
                .filter(p -> p instanceof Property.LeadsTo).map(p -> (Property.LeadsTo<TeardownState, Step>) p);
        boolean noFairStep = !fairness.isEmpty() && fairness.forAll(p -> enabled.forAll(
                t -> !p.fairProcesses().contains(p.processOf().apply(t.step()))));
        return noFairStep
                ? Option.some(object("stuck", false, "text", "Only steps that weak fairness never forces are enabled ("
                        + enabled.map(t -> t.step().actor().id()).distinct().mkString(", ")
                        + "): a fair run may stay in this state for ever."))
                : Option.none();
    }

    private static Map<String, Object> property(PropertyId id, Property<TeardownState, Step> p, TeardownState here, boolean stuck,
                                                VariantResult whole, Report<TeardownState, Step> ahead, Walk walk, Links links) {
        Outcome<TeardownState, Step> variantOutcome = whole.properties().find(o -> o.property().name().equals(p.name())).get();
        Outcome<TeardownState, Step> aheadOutcome = ahead.outcome(p.name()).get();
        Option<Boolean> bad = isBad(p, here, stuck);
        return object(
                "id", id.id(),
                "description", id.description(),
                "kind", id.isLiveness() ? "liveness" : "safety",
                "variant", object(
                        "verdict", variantOutcome.verdict().id(),
                        "counterexample", variantOutcome.trace()
                                .flatMap(path -> Walk.of(walk.system(), path).map(w -> trail(path, links.to(w))))
                                .getOrNull()),
                "here", bad.map(b -> b ? "bad" : "good").getOrElse("whole-run"),
                "ahead", object(
                        "verdict", aheadOutcome.verdict().id(),
                        "way", aheadOutcome.trace()
                                .flatMap(path -> walk.extendedBy(path).map(w -> trail(path, links.to(w))))
                                .getOrNull()));
    }

    private static Map<String, Object> trail(Path<TeardownState, Step> path, String href) {
        return object("length", path.length(), "lasso", path.cycleStart().isDefined(), "href", href);
    }

    /** A JSON object from name, value pairs, in order. */
    private static Map<String, Object> object(Object... pairs) {
        Map<String, Object> out = LinkedHashMap.empty();
        for (int i = 0; i < pairs.length; i += 2) {
            out = out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
