package teardown.diagrams;

import io.vavr.collection.List;
import java.util.Locale;
import teardown.timing.Blackout;
import teardown.timing.MemorySizes;

/**
 * The blackout plot, written by hand as SVG: worst-case blackout against guest memory, one panel
 * per disk kind, one line per design (driver/toolstack; designs with identical figures share a
 * line). Unsafe designs are dashed and red, and their labels say so; "never" sits on a band at
 * the top.
 */
final class BlackoutPlot {

    /** One design's worst case at each memory size, and whether it is safe. */
    record Series(String disk, String label, List<Double> worst, boolean safe) {
    }

    private static final int PANEL_W = 1000;
    private static final int PANEL_H = 310;
    private static final int LEFT = 50;
    private static final int TOP = 50;
    private static final int PLOT_W = 260;
    private static final int PLOT_H = 220;
    private static final String SAFE = "#1f5fa8";
    private static final String UNSAFE = "#c0392b";

    private BlackoutPlot() {
    }

    static String svg(List<Series> series, List<Double> memories) {
        List<String> disks = series.map(Series::disk).distinct();
        List<Series> merged = merge(series);
        double top = decadeAbove(merged.flatMap(Series::worst).filter(w -> !Blackout.never(w)).max().getOrElse(1.0));
        int height = PANEL_H * Math.max(1, disks.size()) + 30;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"10\">%n",
                PANEL_W, height, PANEL_W, height));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#555\">worst-case blackout (s, log scale) against guest memory; "
                + "solid blue: safe; dashed red: unsafe (a safety property is violated)</text>%n", height - 10));
        for (int p = 0; p < disks.size(); p++) {
            String disk = disks.get(p);
            out.append(String.format(Locale.ROOT, "<g transform=\"translate(0,%d)\">%n", p * PANEL_H));
            panel(out, 0, disk, merged.filter(s -> s.disk.equals(disk)), memories, top);
            out.append("</g>\n");
        }
        return out.append("</svg>\n").toString();
    }

    /** Designs with the same figures and the same verdict are one line with a joint label. */
    private static List<Series> merge(List<Series> series) {
        return series.groupBy(s -> List.of(s.disk, s.worst.map(BlackoutPlot::rounded), s.safe)).values().toList()
                .map(g -> new Series(g.head().disk, joint(g.map(Series::label)), g.head().worst, g.head().safe))
                .sortBy(s -> -s.worst.last());
    }

    /** Figures within 2 % (or 10 ms) of each other draw as one line. */
    private static long rounded(double v) {
        return Blackout.never(v) ? Long.MAX_VALUE : Math.round(Math.log(Math.max(v, 0.01)) / Math.log(1.02));
    }

    /** "stock/xend31" and "patched/xend31" read "stock, patched/xend31". */
    private static String joint(List<String> labels) {
        List<String> tails = labels.map(l -> l.substring(l.indexOf('/'))).distinct();
        return tails.size() == 1 ? labels.map(l -> l.substring(0, l.indexOf('/'))).mkString(", ") + tails.head()
                : labels.mkString(", ");
    }

    private static void panel(StringBuilder out, int x0, String disk, List<Series> lines, List<Double> memories, double top) {
        int px = x0 + LEFT;
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"12\" font-weight=\"bold\">%s disk</text>%n", px, Html.escape(disk)));
        out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", px, TOP, PLOT_W, PLOT_H));
        // The "never" band above the axis.
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#555\">never</text>%n", px - 4, TOP - 8));
        for (double v = BOTTOM; v <= top * 1.0001; v *= 10) {
            double y = y(v, top);
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>%n", px, y, px + PLOT_W, y));
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", px - 4, y + 3, trim(v)));
        }
        for (int m = 0; m < memories.size(); m++) {
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x(px, m, memories.size()), TOP + PLOT_H + 14, MemorySizes.format(memories.get(m))));
        }
        List<double[]> labelYs = List.empty();
        for (Series s : lines) {
            String colour = s.safe ? SAFE : UNSAFE;
            StringBuilder points = new StringBuilder();
            for (int m = 0; m < s.worst.size(); m++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(px, m, memories.size()), y(s.worst.get(m), top)));
            }
            out.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s points=\"%s\"><title>%s</title></polyline>%n",
                    colour, s.safe ? "" : " stroke-dasharray=\"5,3\"", points.toString().trim(), Html.escape(s.label + (s.safe ? "" : " (unsafe)"))));
            double ly = y(s.worst.last(), top);
            for (double[] taken : labelYs) {
                if (Math.abs(taken[0] - ly) < 11) {
                    ly = taken[0] + 11;
                }
            }
            labelYs = labelYs.append(new double[] {ly});
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"%s\">%s</text>%n", px + PLOT_W + 4, ly + 3, colour,
                    Html.escape(s.label + (s.safe ? "" : " (unsafe)"))));
        }
    }

    private static double x(int px, int m, int count) {
        return px + (count == 1 ? PLOT_W / 2.0 : PLOT_W * m / (double) (count - 1));
    }

    /** The axis starts at 10 ms: every design here costs more than that. */
    private static final double BOTTOM = 0.01;

    private static double y(double v, double top) {
        if (Blackout.never(v)) {
            return TOP - 12;
        }
        double f = (Math.log10(Math.max(v, BOTTOM)) - Math.log10(BOTTOM)) / (Math.log10(top) - Math.log10(BOTTOM));
        return TOP + PLOT_H - PLOT_H * Math.min(f, 1);
    }

    private static double decadeAbove(double v) {
        return Math.pow(10, Math.ceil(Math.log10(Math.max(v, 1))));
    }

    private static String trim(double v) {
        return v >= 1 ? String.valueOf(Math.round(v)) : String.format(Locale.ROOT, "%s", v < 0.1 ? "0.01" : "0.1");
    }
}
