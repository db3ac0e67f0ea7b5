package teardown.checker;

/**
 * The outcome of checking one property. For a {@code sometimes} property HOLDS means the witness
 * was reached; INCOMPLETE is never reported for a search that finished. INAPPLICABLE is never the
 * engine's: a caller that knows a property cannot apply to a system says so instead of checking it.
 */
public enum Verdict {
    HOLDS, VIOLATED, INCOMPLETE, INAPPLICABLE;

    public String id() {
        return name().toLowerCase();
    }
}
