package teardown.checker;

/**
 * What partial-order reduction did in one check.
 *
 * @param status            "on", or "off" and why (not asked for, no declarations, a leads-to property)
 * @param prunedTransitions enabled transitions of expanded states that the reduction left unexplored
 * @param traceStates       states stored by the unreduced search that re-derived shortest traces (0 if none ran)
 */
public record PartialOrder(String status, long prunedTransitions, long traceStates) {

    public static final String ON = "on";

    /** Not asked for. */
    public static final PartialOrder OFF = new PartialOrder("off", 0, 0);

    public boolean on() {
        return status.equals(ON);
    }
}
