package teardown.properties.pinned;

/** The default matrix against its pinned tables. */
class PinnedDefaultMatrixTest extends PinnedTableChecks {

    PinnedDefaultMatrixTest() {
        super(PinnedVerdicts.Table.DEFAULT);
    }
}
