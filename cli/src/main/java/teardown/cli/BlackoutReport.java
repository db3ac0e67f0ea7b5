package teardown.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Locale;
import teardown.properties.SafetyVerdict;
import teardown.properties.VariantResult;
import teardown.timing.Blackout;
import teardown.timing.MemorySizes;
import teardown.timing.BlackoutText;
import teardown.timing.TimingTable;

/** The blackout table as text or as one JSON document; each row carries its variant's safety verdict. */
final class BlackoutReport {

    private BlackoutReport() {
    }

    static String text(List<VariantResult> verdicts, List<List<Blackout>> blackouts, String timing, boolean traces) {
        StringBuilder out = new StringBuilder();
        out.append("Blackout: seconds from the final suspend until the target runs, best and worst over every run of the model;\n")
                .append("xenwatch: the longest time it spends inside one callback. 'never': some run never gets there.\n")
                .append("timing: ").append(timing).append(" (teardown blackout --timing-table; docs/blackout.md)\n\n");
        int width = Math.max(7, verdicts.map(r -> r.configuration().label().length()).max().getOrElse(7));
        out.append(String.format("%-" + width + "s  %6s  %11s  %11s  %11s  %s%n", "variant", "memory", "best", "worst", "xenwatch", "safety"));
        for (int i = 0; i < verdicts.size(); i++) {
            String safety = SafetyVerdict.of(verdicts.get(i)).summary();
            for (Blackout b : blackouts.get(i)) {
                out.append(String.format("%-" + width + "s  %6s  %11s  %11s  %11s  %s%n", b.configuration().label(),
                        MemorySizes.format(b.memoryGib()), BlackoutText.seconds(b.best()), BlackoutText.seconds(b.worst()), BlackoutText.seconds(b.xenwatchWorst()),
                        safety + (b.complete() ? "" : " (blackout search cut short: incomplete)")));
            }
        }
        List<String> fallbacks = blackouts.flatMap(l -> l).flatMap(Blackout::fallbacks).distinct();
        if (!fallbacks.isEmpty()) {
            out.append("\nsteps timed only by a fallback row (give them a rule in StepTimes or a timing file):\n");
            fallbacks.forEach(f -> out.append("  ").append(f).append('\n'));
        }
        if (traces) {
            blackouts.map(List::last).forEach(b -> out.append('\n').append(BlackoutText.trace(b)));
        }
        return out.toString();
    }

    static String json(List<VariantResult> verdicts, List<List<Blackout>> blackouts, List<Double> memories, String timing,
                       TimingTable table) {
        List<Object> rows = List.empty();
        for (int i = 0; i < verdicts.size(); i++) {
            VariantResult r = verdicts.get(i);
            for (Blackout b : blackouts.get(i)) {
                rows = rows.append(LinkedHashMap.<String, Object>empty()
                        .put("driver", r.configuration().driver().id())
                        .put("toolstack", r.configuration().toolstack().id())
                        .put("disk", r.configuration().diskId())
                        .put("hazards", r.configuration().hazards().toList().map(h -> (Object) h.id()))
                        .put("memory_gib", b.memoryGib())
                        .put("best_seconds", number(b.best()))
                        .put("worst_seconds", number(b.worst()))
                        .put("xenwatch_worst_seconds", number(b.xenwatchWorst()))
                        .put("safety", SafetyVerdict.of(r).safe() ? "safe" : SafetyVerdict.of(r).incomplete() ? "incomplete" : "unsafe")
                        .put("violated", SafetyVerdict.of(r).violated().map(x -> (Object) x))
                        .put("complete", b.complete())
                        .put("worst_run", b.worstRun().map(s -> (Object) LinkedHashMap.<String, Object>empty()
                                .put("n", s.number()).put("actor", s.step().actor().id()).put("step", s.step().name())
                                .put("start", s.start()).put("end", s.end()).put("critical", s.critical()).put("timing", s.key())))
                        .put("fallbacks", b.fallbacks().map(x -> (Object) x)));
            }
        }
        Map<String, Object> doc = LinkedHashMap.<String, Object>empty()
                .put("config", LinkedHashMap.<String, Object>empty().put("memory_gib", memories.map(m -> (Object) m)).put("timing", timing))
                .put("results", rows)
                .put("timing", table.entries().map(e -> (Object) LinkedHashMap.<String, Object>empty().put("key", e.key())
                        .put("kind", e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .put("min", e.interval().min()).put("max", e.interval().max()).put("source", e.source())));
        return Json.write(doc);
    }

    /** null for never, so a reader cannot mistake it for a number. */
    private static Object number(double t) {
        return Blackout.never(t) ? null : (Object) t;
    }
}
