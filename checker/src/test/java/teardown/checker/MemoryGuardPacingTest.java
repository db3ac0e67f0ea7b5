package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How often the memory guard looks and collects, and how far arrays may grow. A full collection
 * costs a pause, so the guard collects at most once a second; these tests sleep past that second
 * rather than time anything.
 */
class MemoryGuardPacingTest {

    @Test
    void aGuardWithNoRoomTripsAtOnceButCollectsAtMostOnceASecond() throws InterruptedException {
        MemoryGuard guard = new MemoryGuard(0);
        assertTrue(guard.exhausted(), "any live data passes a limit of zero");
        Thread.sleep(50);
        assertFalse(guard.exhausted(), "within a second of the last collection the guard does not collect again");
        Thread.sleep(1_100);
        assertTrue(guard.exhausted(), "a second later it collects and trips again");
    }

    @Test
    void aGuardWithRoomNeverTrips() throws InterruptedException {
        MemoryGuard guard = new MemoryGuard(Long.MAX_VALUE);
        for (int i = 0; i < 3; i++) {
            assertFalse(guard.exhausted());
            Thread.sleep(25);
        }
    }

    @Test
    void withoutOldGenerationPoolsTheGuardReadsTheWholeHeap() {
        assertTrue(new MemoryGuard(1, new java.lang.management.MemoryPoolMXBean[0]).exhausted(),
                "the heap holds more than a byte");
        assertFalse(new MemoryGuard(Long.MAX_VALUE, new java.lang.management.MemoryPoolMXBean[0]).exhausted());
    }

    @Test
    void theDefaultLimitIsMostOfTheHeap() {
        long max = Runtime.getRuntime().maxMemory();
        long limit = MemoryGuard.defaultLimit();
        assertTrue(limit > max * 0.8 && limit < max * 0.9, limit + " of " + max);
    }

    @Test
    void anArrayGrowsByHalfAndByAtLeastSixteen() {
        assertEquals(16, MemoryGuard.grownLength(0, 4));
        assertEquals(16, MemoryGuard.grownLength(10, 4));
        assertEquals(24, MemoryGuard.grownLength(16, 4));
        assertEquals(150, MemoryGuard.grownLength(100, 8));
    }

    @Test
    void anArrayNearTheLargestLengthGrowsToItOnceAndThenReportsAFullHeap() {
        int largest = Integer.MAX_VALUE - 16;
        assertEquals(largest, MemoryGuard.grownLength(Integer.MAX_VALUE / 3 * 2, 1), "half as long again would pass the largest length");
        assertEquals(largest, MemoryGuard.grownLength(largest - 1, 1));
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> MemoryGuard.grownLength(largest, 8));
        assertEquals("an array of " + largest + " elements of 8 bytes cannot grow", e.getMessage());
    }
}
