package teardown.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;

/** The ends column says whether the target was let go after a bounded wait gave up, not whether some wait ran out later. */
class MigrationEndTest {

    @Test
    void xlLetsTheTargetGoBeforeLibxlsWaitSoItsTimeoutIsNotTheUnleash() {
        // xl writes 'permission to go' first; libxl's 10 s wait for Closed only guards the cleanup afterwards.
        VariantResult hung = VariantCheck.run(Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HUNG));
        assertEquals(TreeSet.of(MigrationEnd.TARGET_RUNS), hung.ends());
    }

    @Test
    void xendintentHasNoTimeoutBeforeTheUnleash() {
        // Only the post's final testDeviceComplete(), after the unleash and destroyDomain, has a 30 s timeout.
        VariantResult slow = VariantCheck.run(Configuration.of(Driver.UNPATCHED, Toolstack.XENDINTENT, Disk.SLOW));
        assertFalse(slow.ends().contains(MigrationEnd.TARGET_RUNS_AFTER_TIMEOUT), slow.ends().toString());
        assertTrue(slow.ends().contains(MigrationEnd.TARGET_RUNS));
    }

    @Test
    void xenopsdsWaitRunsOutBeforeTheHandshake() {
        VariantResult hung = VariantCheck.run(Configuration.of(Driver.PATCHED, Toolstack.XENOPSD_SHUTDOWN, Disk.HUNG));
        assertEquals(TreeSet.of(MigrationEnd.TARGET_RUNS_AFTER_TIMEOUT), hung.ends());
    }
}
