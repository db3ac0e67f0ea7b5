package teardown.cli;

import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * A minimal JSON writer for the command's documents: values are Maps (objects, in insertion
 * order: use LinkedHashMap), Lists, Strings, Numbers, Booleans or null.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object v, StringBuilder out, int indent) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s, out);
        } else if (v instanceof Double d) {
            out.append(String.format(java.util.Locale.ROOT, "%.3f", d));
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Map<?, ?> m) {
            object(m, out, indent);
        } else if (v instanceof List<?> l) {
            array(l, out, indent);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private static void object(Map<?, ?> m, StringBuilder out, int indent) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        boolean first = true;
        for (var e : m) {
            if (!first) {
                out.append(",\n");
            }
            first = false;
            pad(out, indent + 1);
            string(String.valueOf(e._1), out);
            out.append(": ");
            write(e._2, out, indent + 1);
        }
        out.append('\n');
        pad(out, indent);
        out.append('}');
    }

    private static void array(List<?> l, StringBuilder out, int indent) {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        boolean first = true;
        for (Object e : l) {
            if (!first) {
                out.append(",\n");
            }
            first = false;
            pad(out, indent + 1);
            write(e, out, indent + 1);
        }
        out.append('\n');
        pad(out, indent);
        out.append(']');
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
