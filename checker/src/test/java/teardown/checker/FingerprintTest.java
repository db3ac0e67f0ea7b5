package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The fingerprint function is part of the engine's contract: which states a fingerprint search
 * could confuse, and so every pinned state count under fingerprint storage, depends on it. The
 * expected values were computed outside Java from the published MurmurHash3 finaliser (fmix64)
 * and the documented per-index mixing.
 */
class FingerprintTest {

    @Test
    void theFinaliserIsMurmurHash3sFmix64() {
        assertEquals(0L, Fingerprint.finish(0L), "fmix64 keeps zero at zero");
        assertEquals(-5451962507482445012L, Fingerprint.finish(1L));
        assertEquals(1781385183907554200L, Fingerprint.finish(0x123456789abcdef0L));
        assertEquals(7256831767414464289L, Fingerprint.finish(-1L));
    }

    @Test
    void aVectorIsMixedIndexByIndexAndThenFinalised() {
        assertEquals(-7160610219483255062L, Fingerprint.of(new int[0], 0, 0));
        assertEquals(1986132443979158355L, Fingerprint.of(new int[] {0}, 0, 1));
        assertEquals(-7311336154162114279L, Fingerprint.of(new int[] {1, 2, 3}, 0, 3));
        assertEquals(-4104799914327997119L, Fingerprint.of(new int[] {7, 0, 255, 65536}, 0, 4));
    }

    @Test
    void onlyTheNamedSliceOfTheArrayCounts() {
        assertEquals(Fingerprint.of(new int[] {1, 2, 3}, 0, 3), Fingerprint.of(new int[] {9, 9, 1, 2, 3, 9}, 2, 3));
    }

    @Test
    void theCollisionEstimateIsTlcsOptimisticOne() {
        // n (m - n) / 2^64: 2^32 distinct states among 2^33 generated give exactly one expected collision.
        assertEquals(1.0, Fingerprint.collisionProbability(1L << 32, 1L << 33), 0.0);
        assertEquals(0.5, Fingerprint.collisionProbability(1L << 31, 3L << 31), 0.0);
        assertEquals(0.0, Fingerprint.collisionProbability(1000, 1000), 0.0, "no state generated twice, no chance of a collision");
        assertEquals(0.0, Fingerprint.collisionProbability(1000, 10), 0.0, "never negative");
    }
}
