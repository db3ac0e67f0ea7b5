package teardown.timing;

import java.util.Locale;

/** A duration known only to lie between {@code min} and {@code max} seconds. */
public record Interval(double min, double max) {

    public Interval {
        if (!(min >= 0) || !(max >= min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("an interval needs 0 <= min <= max < infinity, was " + min + ".." + max);
        }
    }

    public static Interval exactly(double seconds) {
        return new Interval(seconds, seconds);
    }

    public Interval plus(Interval o) {
        return new Interval(min + o.min, max + o.max);
    }

    public Interval times(double factor) {
        return new Interval(min * factor, max * factor);
    }

    /** "30 s", "0.1 ms..20 ms": the form the timing file reads back. */
    @Override
    public String toString() {
        return min == max ? Seconds.format(min) : Seconds.format(min) + ".." + Seconds.format(max);
    }

    /** Seconds written and read with a unit, so a table stays readable from microseconds to minutes. */
    public static final class Seconds {

        private Seconds() {
        }

        public static String format(double s) {
            if (s == 0) {
                return "0 s";
            }
            if (s < 1e-3) {
                return trim(s * 1e6) + " us";
            }
            if (s < 1) {
                return trim(s * 1e3) + " ms";
            }
            return trim(s) + " s";
        }

        private static String trim(double v) {
            String t = String.format(Locale.ROOT, "%.3f", v);
            return t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
        }
    }
}
