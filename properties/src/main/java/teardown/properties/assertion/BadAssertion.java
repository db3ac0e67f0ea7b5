package teardown.properties.assertion;

/**
 * What is wrong with an assertion, in words, where (a 1-based column of its text; 0 when the whole
 * text is at fault) and what would be valid there. The command line shows it with the text and a
 * caret under the column, and exits 2.
 */
public final class BadAssertion extends RuntimeException {

    private final int column;
    private final String valid;

    public BadAssertion(String message, int column, String valid) {
        super(message, null, false, false);
        this.column = column;
        this.valid = valid;
    }

    public int column() {
        return column;
    }

    public String valid() {
        return valid;
    }

    /** The same error, its column moved by {@code offset} (the text it was found in started there). */
    BadAssertion shifted(int offset) {
        return new BadAssertion(getMessage(), column == 0 ? 0 : column + offset, valid);
    }
}
