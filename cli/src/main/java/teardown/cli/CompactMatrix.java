package teardown.cli;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.properties.Column;
import teardown.properties.VariantResult;

/**
 * The verdict matrix in 120 columns: one row per design (driver/toolstack, with the frontend,
 * bystanders and hazards when a run has them), one cell per disk, and in each cell one mark per
 * property. Disks that do not fit beside each other go in a second block below.
 */
final class CompactMatrix {

    private CompactMatrix() {
    }

    static String render(List<VariantResult> results, List<Column> properties) {
        List<String> disks = results.map(r -> r.configuration().diskId()).distinct();
        List<String> designs = results.map(r -> design(r.configuration())).distinct();
        Map<Tuple2<String, String>, VariantResult> cells = results.toMap(r -> Tuple.of(design(r.configuration()), r.configuration().diskId()), r -> r);
        int labelWidth = Math.max("design".length(), designs.map(String::length).max().getOrElse(0)) + 2;
        int cellWidth = Math.max(properties.size(), disks.map(String::length).max().getOrElse(0)) + 2;
        int perBlock = Math.max(1, (Wrap.WIDTH - labelWidth) / cellWidth);
        StringBuilder out = new StringBuilder(Wrap.text("Verdicts by design and disk. Each cell has a mark per property, in this order: "
                + properties.zipWithIndex().map(t -> symbol(t._2) + " " + t._1.id()).mkString(", ")
                + ". Marks: . holds, X violated, - does not apply, ? incomplete" + (properties.exists(Column::isWitness)
                ? "; in a sometimes column, + reached, o never reached" : "") + "; a blank cell was not checked.", "", ""));
        String numbers = properties.zipWithIndex().map(t -> String.valueOf(symbol(t._2))).mkString();
        for (List<String> block : disks.grouped(perBlock)) {
            out.append('\n').append((pad("design", labelWidth) + block.map(d -> pad(d, cellWidth)).mkString()).stripTrailing());
            out.append('\n').append((pad("", labelWidth) + block.map(d -> pad(numbers, cellWidth)).mkString()).stripTrailing());
            out.append('\n');
            for (String design : designs) {
                StringBuilder row = new StringBuilder(pad(design, labelWidth));
                block.forEach(d -> row.append(pad(cells.get(Tuple.of(design, d)).map(r -> marks(r, properties)).getOrElse(""), cellWidth)));
                out.append(row.toString().stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    /** The variant's label without its disk: "patched/xend31", "upstream/xl/freebsd", "stock/xend31+self-stop". */
    static String design(Configuration c) {
        String head = c.driver().id() + "/" + c.toolstack().id();
        return head + c.label().substring(head.length() + 1 + c.diskId().length());
    }

    private static String marks(VariantResult r, List<Column> properties) {
        return properties.map(p -> r.properties().find(o -> o.property().name().equals(p.id()))
                .map(o -> mark(p, o.verdict())).getOrElse('?')).mkString();
    }

    private static char mark(Column p, Verdict v) {
        if (p.isWitness() && (v == Verdict.HOLDS || v == Verdict.VIOLATED)) {
            return v == Verdict.HOLDS ? '+' : 'o';
        }
        return switch (v) {
            case HOLDS -> '.';
            case VIOLATED -> 'X';
            case INAPPLICABLE -> '-';
            default -> '?';
        };
    }

    /** 1 to 9, then a, b, ... should there ever be more properties. */
    private static char symbol(int index) {
        return Character.forDigit(index + 1, Character.MAX_RADIX);
    }

    private static String pad(String s, int width) {
        return String.format("%-" + width + "s", s);
    }
}
