package teardown.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;

/** The model facts behind docs/today.md's reading of today's matrix, so the prose breaks when the model does. */
class TodaysClaimsTest {

    @Test
    void theProposedDriverAloneIsNotTheCure() {
        // With plain xl the device now leaves only once drained, and Closed is honest, but xl still lets the target go first.
        assertEquals(Verdict.HOLDS, Verdicts.verdict(Driver.PROPOSED, Toolstack.XL, Disk.HEALTHY, PropertyId.NO_VANISH_BEFORE_IO_DONE));
        assertEquals(Verdict.HOLDS, Verdicts.verdict(Driver.PROPOSED, Toolstack.XL, Disk.HEALTHY, PropertyId.CLOSED_MEANS_DRAINED));
        assertEquals(Verdict.VIOLATED, Verdicts.verdict(Driver.PROPOSED, Toolstack.XL, Disk.HEALTHY, PropertyId.NO_UNLEASH_BEFORE_IO_DONE));
        // xenopsd's early unleash on a disk that does not drain in time is the toolstack's, not the driver's.
        assertEquals(Verdict.VIOLATED, Verdicts.verdict(Driver.PROPOSED, Toolstack.XENOPSD_CLASSIC, Disk.SLOW, PropertyId.NO_UNLEASH_BEFORE_IO_DONE));
    }

    @Test
    void upstreamWithXenopsdClassicNeverShowsClosedSoClosedMeansDrainedHoldsVacuously() {
        for (Disk k : Disk.values()) {
            VariantResult r = VariantCheck.run(Configuration.of(Driver.UPSTREAM, Toolstack.XENOPSD_CLASSIC, k));
            assertEquals(Verdict.HOLDS, r.properties().get(PropertyId.CLOSED_MEANS_DRAINED.ordinal()).verdict(), k.id());
            assertEquals(Verdict.VIOLATED, r.witnesses().get(Witness.BACKEND_CLOSED.ordinal()).verdict(),
                    k.id() + ": the backend-closed witness must be reported as never reached");
        }
    }

    @Test
    void theCureNeverLetsRemoveRaceIoButTodaysXlDoes() {
        VariantResult cure = VariantCheck.run(Configuration.of(Driver.PROPOSED, Toolstack.PROPOSED, Disk.SLOW));
        assertEquals(Verdict.VIOLATED, cure.witnesses().get(Witness.REMOVE_RACES_IO.ordinal()).verdict(),
                "the proposed remove runs only after the drain");
        assertEquals(Verdict.HOLDS, cure.witnesses().get(Witness.BACKEND_CLOSED.ordinal()).verdict());
        assertEquals(Verdict.HOLDS, cure.witnesses().get(Witness.TARGET_WRITES_AGAIN.ordinal()).verdict());
        VariantResult xl = VariantCheck.run(Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.SLOW));
        assertEquals(Verdict.HOLDS, xl.witnesses().get(Witness.REMOVE_RACES_IO.ordinal()).verdict());
    }
}
