package teardown.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimingTableTest {

    @Test
    void aFileOverridesRowsByKeyWithUnits() {
        TimingTable t = TimingTable.defaults().override("# slower disks\ndisk.healthy = 2ms..40ms  # spinning\n\ntimeout.xend = 45s\n");
        assertEquals(new Interval(0.002, 0.04), t.get("disk.healthy").interval());
        assertEquals(Interval.exactly(45), t.get("timeout.xend").interval());
        assertTrue(t.get("timeout.xend").source().contains("overridden"));
    }

    @Test
    void badLinesNameTheLineAndTheValidKeys() {
        TimingTable d = TimingTable.defaults();
        String unknown = assertThrows(IllegalArgumentException.class, () -> d.override("disk.healthy = 1ms\nno.such = 3")).getMessage();
        assertTrue(unknown.startsWith("line 2 'no.such = 3': unknown key 'no.such' (valid keys: kernel.cpu"), unknown);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.override("disk.slow = fast")).getMessage()
                .contains("line 1 'disk.slow = fast': bad duration 'fast'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.override("disk.slow = 5..1")).getMessage()
                .contains("minimum is above the maximum"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.override("timeout.xend = 10..30")).getMessage()
                .contains("a deadline is one value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.override("just words")).getMessage()
                .contains("expected 'key = VALUE' or 'key = MIN..MAX'"));
    }

    @Test
    void everyRowSaysWhereItsFigureComesFrom() {
        for (TimingEntry e : TimingTable.defaults().entries()) {
            assertTrue(e.source().length() > 20, e.key());
        }
        assertTrue(TimingTable.defaults().markdown().contains("| `timeout.libxl` | deadline | 10 s |"));
    }

    @Test
    void theDocsShowTheTableTheCodeUses() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "blackout.md"));
        assertTrue(docs.contains(TimingTable.defaults().markdown()), "docs/blackout.md: paste ./teardown blackout --timing-table");
    }

    @Test
    void memorySizesParseWithUnitsAndRejectTheRest() {
        assertEquals(io.vavr.collection.List.of(0.5, 4.0, 1024.0), MemorySizes.parse("512M, 4G,1T"));
        assertEquals("512M", MemorySizes.format(0.5));
        assertEquals("64G", MemorySizes.format(64));
        for (String bad : new String[] {"", "4", "0G", "-1G", "4X", "1G,,2G", "100T"}) {
            assertThrows(IllegalArgumentException.class, () -> MemorySizes.parse(bad), bad);
        }
    }
}
