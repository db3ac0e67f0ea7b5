package teardown.checker;

/**
 * 64-bit fingerprints of encoded states. The inputs are small interned indices, so the mixing
 * must spread them over all 64 bits: each index goes through a multiply and the whole through
 * MurmurHash3's finaliser.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static long of(int[] vector, int from, int width) {
        long h = 0x9E3779B97F4A7C15L ^ width;
        for (int i = from; i < from + width; i++) {
            h = (h ^ vector[i]) * 0xC2B2AE3D27D4EB4FL;
            h = Long.rotateLeft(h, 31);
        }
        return finish(h);
    }

    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * TLC's optimistic estimate of the chance that two distinct states shared a fingerprint, so
     * that one was never explored: n (m - n) / 2^64 for n distinct states seen among m generated.
     */
    static double collisionProbability(long distinct, long generated) {
        return (double) distinct * Math.max(0, generated - distinct) / 0x1p64;
    }
}
