package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The engine's growable columns. Besides keeping every value, their byte counts are what the
 * bytes-per-state figure adds up, so each array's length after each growth is pinned here: an
 * array grows to half as long again, and never below 16 elements.
 */
class GrowableArraysTest {

    @Test
    void anIntArrayKeepsItsValuesAndCountsFourBytesAnElementPlusAHeader() {
        assertEquals(16 + 4 * 4, new IntArray(1).bytes(), "never fewer than four elements");
        IntArray a = new IntArray(10);
        assertEquals(16 + 4 * 10, a.bytes());
        for (int i = 0; i < 11; i++) {
            a.add(i * 1000);
        }
        assertEquals(11, a.size());
        assertEquals(16 + 4 * 16, a.bytes(), "ten elements grow to sixteen, the least a growth gives");
        assertEquals(3000, a.get(3));
        assertEquals(10_000, a.get(10));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(11), "capacity past the size holds no value");
    }

    @Test
    void aLongArrayKeepsItsValuesAndCountsEightBytesAnElementPlusAHeader() {
        assertEquals(16 + 8 * 4, new LongArray(0).bytes());
        LongArray a = new LongArray(32);
        assertEquals(16 + 8 * 32, a.bytes());
        for (long i = 0; i < 33; i++) {
            a.add(i << 40);
        }
        assertEquals(33, a.size());
        assertEquals(16 + 8 * 48, a.bytes(), "32 elements grow by half, to 48");
        assertEquals(32L << 40, a.get(32));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(33));
    }

    @Test
    void aPackedColumnStaysOneByteAValueUpTo255() {
        PackedColumn c = new PackedColumn();
        assertEquals(16 + 16, c.bytes());
        for (int i = 0; i < 16; i++) {
            c.add(255 - i);
        }
        assertEquals(16 + 16, c.bytes(), "255 still fits a byte");
        c.add(0);
        assertEquals(17, c.size());
        assertEquals(16 + 24, c.bytes(), "sixteen bytes grow to 24");
        assertEquals(255, c.get(0));
        assertEquals(240, c.get(15));
    }

    @Test
    void aPackedColumnWidensToTwoBytesAt256AndKeepsWhatItHeld() {
        PackedColumn c = new PackedColumn();
        c.add(200);
        c.add(256);
        assertEquals(16 + 2 * 16, c.bytes());
        c.add(65_535);
        assertEquals(16 + 2 * 16, c.bytes(), "65,535 still fits two bytes");
        assertEquals(200, c.get(0));
        assertEquals(256, c.get(1));
        assertEquals(65_535, c.get(2));
        for (int i = 0; i < 14; i++) {
            c.add(i);
        }
        assertEquals(16 + 2 * 24, c.bytes());
        assertEquals(13, c.get(16));
    }

    @Test
    void aPackedColumnWidensToFourBytesAt65536FromEitherWidth() {
        PackedColumn fromBytes = new PackedColumn();
        fromBytes.add(255);
        fromBytes.add(65_536);
        assertEquals(16 + 4 * 16, fromBytes.bytes(), "one byte straight to four");
        assertEquals(255, fromBytes.get(0));
        assertEquals(65_536, fromBytes.get(1));

        PackedColumn fromShorts = new PackedColumn();
        fromShorts.add(65_535);
        assertEquals(16 + 2 * 16, fromShorts.bytes(), "65,535 from one byte goes to two, not four");
        fromShorts.add(Integer.MAX_VALUE);
        assertEquals(16 + 4 * 16, fromShorts.bytes(), "two bytes to four");
        assertEquals(65_535, fromShorts.get(0));
        assertEquals(Integer.MAX_VALUE, fromShorts.get(1));
        for (int i = 0; i < 15; i++) {
            fromShorts.add(i);
        }
        assertEquals(16 + 4 * 24, fromShorts.bytes());
        assertEquals(14, fromShorts.get(16));
    }
}
