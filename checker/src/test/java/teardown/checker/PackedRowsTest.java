package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The graph's state rows: each component in one, two or four bytes, and every row repacked when one widens. */
class PackedRowsTest {

    @Test
    void rowsOfOneByteComponentsFillTheFirstKilobyteBeforeItGrows() {
        PackedRows rows = new PackedRows(2);
        assertEquals(16 + 1024, rows.bytes());
        for (int r = 0; r < 512; r++) {
            rows.add(new int[] {r & 0xff, 255}, 0);
        }
        assertEquals(16 + 1024, rows.bytes(), "512 rows of two bytes fill 1,024 bytes exactly");
        rows.add(new int[] {1, 2}, 0);
        assertEquals(16 + 1539, rows.bytes(), "the 513th row grows the store to half as long again as the 1,026 bytes it needs");
        assertEquals(513, rows.size());
        assertEquals(255, rows.get(511, 1));
        assertEquals(2, rows.get(512, 1));
    }

    @Test
    void aComponentPast255WidensToTwoBytesInEveryRow() {
        PackedRows rows = new PackedRows(3);
        rows.add(new int[] {1, 2, 3}, 0);
        rows.add(new int[] {4, 255, 6}, 0);
        assertEquals(16 + 1024, rows.bytes(), "255 still fits a byte");
        rows.add(new int[] {9, 9, 9, 0x1234, 8, 9}, 3);
        assertEquals(16 + 1536, rows.bytes(), "repacking reallocates: a kilobyte and a half");
        assertEquals(3, rows.size());
        assertEquals(0x1234, rows.get(2, 0), "both bytes of the wide value are read back");
        assertRow(rows, 0, 1, 2, 3);
        assertRow(rows, 1, 4, 255, 6);
        assertRow(rows, 2, 0x1234, 8, 9);
    }

    @Test
    void aComponentPast65535WidensToFourBytesInEveryRow() {
        PackedRows rows = new PackedRows(2);
        rows.add(new int[] {65_535, 7}, 0);
        rows.add(new int[] {0x12345678, 0xff}, 0);
        rows.add(new int[] {0x7fffffff, 0x100}, 0);
        assertRow(rows, 0, 65_535, 7);
        assertRow(rows, 1, 0x12345678, 0xff);
        assertRow(rows, 2, 0x7fffffff, 0x100);
    }

    @Test
    void sixtyFiveThousandFiveHundredAndThirtyFiveTakesTwoBytesNotFour() {
        PackedRows rows = new PackedRows(2);
        for (int r = 0; r < 500; r++) {
            rows.add(new int[] {65_535, 7}, 0);
        }
        // Widening reallocated 1,536 bytes; 500 rows of 2 + 1 bytes fit in them, rows of 4 + 1 would not.
        assertEquals(16 + 1536, rows.bytes());
    }

    @Test
    void repackingMoreThanAKilobyteOfRowsMakesRoomForAllOfThem() {
        PackedRows rows = new PackedRows(1);
        for (int r = 0; r < 1100; r++) {
            rows.add(new int[] {r & 0xff}, 0);
        }
        assertEquals(16 + 1537, rows.bytes(), "1,100 one-byte rows, grown once from a kilobyte to half as long again as the 1,025 bytes needed");
        rows.add(new int[] {256}, 0);
        assertEquals(16 + 3300, rows.bytes(), "repacked at two bytes a row: half as long again as the 2,200 bytes the old rows need");
        assertEquals(1099 & 0xff, rows.get(1099, 0));
        assertEquals(256, rows.get(1100, 0));
    }

    @Test
    void aRowEqualsAVectorOnlyIfEveryComponentAgrees() {
        PackedRows rows = new PackedRows(3);
        rows.add(new int[] {5, 300, 70_000}, 0);
        assertTrue(rows.rowEquals(0, new int[] {0, 5, 300, 70_000}, 1));
        assertFalse(rows.rowEquals(0, new int[] {5, 300, 70_001}, 0), "the last component differs");
        assertFalse(rows.rowEquals(0, new int[] {6, 300, 70_000}, 0), "the first component differs");
    }

    private static void assertRow(PackedRows rows, int row, int... expected) {
        int[] out = new int[expected.length + 1];
        rows.row(row, out, 1);
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(out, 1, out.length), "row " + row);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], rows.get(row, i));
        }
    }
}
