package teardown.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * Whole-number option values, read as written: "-0", "+5" or "007" are refused rather than read
 * as 0, 5 or 7, so that every error about a number quotes the text the user typed.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    static Integer toInt(String text) {
        long value = toLong(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
        return (int) value;
    }

    static Long toLong(String text) {
        if (!text.matches("0|-?[1-9][0-9]*")) {
            throw new TypeConversionException("'" + text + "' is not a whole number written in digits (no sign but a minus, no leading zero)");
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
    }
}
