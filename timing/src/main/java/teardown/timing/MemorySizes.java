package teardown.timing;

import io.vavr.collection.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guest memory sizes as written on the command line: {@code 512M,4G,1T}; held as GiB. */
public final class MemorySizes {

    public static final List<Double> DEFAULT = List.of(1.0, 4.0, 16.0, 64.0);

    private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(M|MIB|G|GIB|T|TIB)");

    private MemorySizes() {
    }

    /** @throws IllegalArgumentException naming the bad size and the form expected */
    public static List<Double> parse(String text) {
        List<Double> sizes = List.empty();
        for (String item : text.split(",", -1)) {
            Matcher m = SIZE.matcher(item.strip().toUpperCase(Locale.ROOT));
            double gib = m.matches() ? Double.parseDouble(m.group(1)) * switch (m.group(2)) {
                case "M", "MIB" -> 1.0 / 1024;
                case "T", "TIB" -> 1024.0;
                default -> 1.0;
            } : -1;
            if (!(gib > 0) || gib > 64 * 1024) {
                throw new IllegalArgumentException("bad size '" + item.strip() + "' for --memory (valid: a size above 0 and at most 64T, "
                        + "with M, G or T, comma-separated, e.g. 1G,4G,16G,64G)");
            }
            sizes = sizes.append(gib);
        }
        return sizes.distinct();
    }

    /** 0.5 GiB -> "512M", 4 -> "4G", 1024 -> "1T". */
    public static String format(double gib) {
        if (gib >= 1024 && gib % 1024 == 0) {
            return (long) (gib / 1024) + "T";
        }
        if (gib == Math.rint(gib)) {
            return (long) gib + "G";
        }
        double mib = gib * 1024;
        return mib == Math.rint(mib) ? (long) mib + "M" : String.format(Locale.ROOT, "%.2fG", gib);
    }
}
