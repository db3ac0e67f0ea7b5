package teardown.properties.pinned;

/** The hazard sweep (the double remove, the reconnect and the other seeded faults) against its pinned tables. */
class PinnedHazardSweepTest extends PinnedTableChecks {

    PinnedHazardSweepTest() {
        super(PinnedVerdicts.Table.HAZARDS);
    }
}
