package teardown.cli;

/** Bad input from the user: reported as one line on stderr with exit status 2, never as a stack trace. */
public final class BadInput extends RuntimeException {

    /** Longer values are cut in the message: a 100,000-character argument needs no echo in full. */
    private static final int SHOWN_LENGTH = 80;

    public BadInput(String message) {
        super(message, null, false, false);
    }

    /** "bad value 'V' for OPTION (valid: VALID)", the one shape every bad value is reported in. */
    static BadInput value(String option, String value, String valid) {
        return new BadInput("bad value '" + shown(value) + "' for " + option + " (valid: " + valid + ")");
    }

    /**
     * A value as an error line shows it: control characters, line breaks and lone surrogates
     * escaped so the error stays one readable line, and cut after 80 characters.
     */
    static String shown(String value) {
        int[] points = value.codePoints().limit(SHOWN_LENGTH + 1).toArray();
        String head = escaped(new String(points, 0, Math.min(points.length, SHOWN_LENGTH)));
        return points.length > SHOWN_LENGTH ? head + "\u2026" : head;
    }

    /** The text with control characters, line breaks and lone surrogates escaped, so it prints as one line. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int cp = points[i];
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
