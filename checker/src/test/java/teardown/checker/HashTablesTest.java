package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The two visited sets: {@link IdTable} (exact, for the graph) and {@link FingerprintSet} (TLC's,
 * for safety runs). Their byte counts feed the bytes-per-state figure the benchmarks report, so
 * when each one grows is pinned here too.
 */
class HashTablesTest {

    @Test
    void anIdTableFindsANumberOnlyWhenBothTheHashAndTheStoredStateAgree() {
        IdTable t = new IdTable(id -> id < 2 ? 42L : 7L);
        t.add(42L, 0);
        t.add(42L, 1);
        t.add(7L, 2);
        assertEquals(-1, t.find(1L << 32 | 42L, id -> true), "same slot, other half of the hash: the state is never read");
        assertEquals(0, t.find(42L, id -> id == 0));
        assertEquals(1, t.find(42L, id -> id == 1), "a second state under the same hash is found past the first");
        assertEquals(-1, t.find(42L, id -> id == 2), "state 2 is stored under another hash");
        assertEquals(2, t.find(7L, id -> true));
        assertEquals(-1, t.find(8L, id -> true));
    }

    @Test
    void anIdTableGrowsPastThreeQuartersFullAndKeepsEveryNumber() {
        IdTable t = new IdTable(id -> id == 192 ? -1L : id * 0x9E3779B97F4A7C15L);
        assertEquals(32 + 8 * 256, t.bytes(), "256 slots of half a hash and a number");
        for (int id = 0; id < 192; id++) {
            t.add(id * 0x9E3779B97F4A7C15L, id);
        }
        assertEquals(32 + 8 * 256, t.bytes(), "192 of 256 slots is exactly 75%: no growth yet");
        t.add(-1L, 192);
        assertEquals(32 + 8 * 512, t.bytes(), "the 193rd number doubles the table, placing every state by its hash again");
        for (int id = 0; id < 192; id++) {
            int want = id;
            assertEquals(id, t.find(id * 0x9E3779B97F4A7C15L, n -> n == want));
        }
        assertEquals(192, t.find(-1L, n -> true));
    }

    @Test
    void aFingerprintSetSaysWhetherAFingerprintWasNew() {
        FingerprintSet s = new FingerprintSet();
        assertTrue(s.add(5L));
        assertFalse(s.add(5L), "already there");
        assertTrue(s.contains(5L));
        assertFalse(s.contains(6L));
        assertTrue(s.add(0L), "zero marks an empty slot, so it is stored as one");
        assertTrue(s.contains(0L));
        assertTrue(s.contains(1L), "and one and zero are then the same fingerprint: a bias of one value in 2^64");
        assertFalse(s.add(1L));
    }

    @Test
    void aFingerprintSetGrowsPastFourFifthsFullAndKeepsEveryFingerprint() {
        FingerprintSet s = new FingerprintSet();
        long table = 8L * 256, recent = 8L * 4096;
        assertEquals(32 + table + recent, s.bytes(), "256 slots and a 4,096-entry cache of recent fingerprints");
        for (int i = 1; i <= 204; i++) {
            assertTrue(s.add(i * 0xC2B2AE3D27D4EB4FL));
        }
        assertEquals(32 + table + recent, s.bytes(), "204 of 256 is under 80%");
        assertTrue(s.add(-7L));
        assertEquals(32 + 2 * table + recent, s.bytes(), "the 205th fingerprint doubles the table");
        for (int i = 1; i <= 204; i++) {
            assertFalse(s.add(i * 0xC2B2AE3D27D4EB4FL), "fingerprint " + i + " survived the growth");
        }
        // Past the cache: fingerprints that share a cache line evict each other, and are still found in the table.
        FingerprintSet big = new FingerprintSet();
        for (long f = 1; f <= 20_000; f++) {
            big.add(f << 12);
        }
        for (long f = 1; f <= 20_000; f++) {
            assertTrue(big.contains(f << 12));
            assertFalse(big.contains((f << 12) + 1));
        }
    }
}
