package teardown.checker;

/**
 * The outcome of checking one property. For a {@code sometimes} property HOLDS means the witness
 * was reached; INCOMPLETE is never reported for a search that finished.
 */
public enum Verdict {
    HOLDS, VIOLATED, INCOMPLETE;

    public String id() {
        return name().toLowerCase();
    }
}
