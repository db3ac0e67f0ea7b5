package teardown.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;

/** The request count's lower bound: none outstanding is a teardown with no I/O to lose; fewer is refused. */
class RequestBoundaryTest {

    @Test
    void noRequestOutstandingIsAValidTeardownWithNothingInFlight() {
        VariantResult r = VariantCheck.run(Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY).withRequests(0));
        assertTrue(r.statistics().complete());
        assertTrue(r.statistics().states() > 0);
        assertEquals(Verdict.HOLDS, r.properties().get(PropertyId.all().indexOf(PropertyId.NO_VANISH_BEFORE_IO_DONE)).verdict(),
                "with nothing in flight the device cannot vanish under a request");
        assertThrows(IllegalArgumentException.class, () -> Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY).withRequests(-1));
    }
}
