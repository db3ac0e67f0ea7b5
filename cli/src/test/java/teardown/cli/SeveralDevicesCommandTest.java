package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --devices, per-device --disk, --bystanders, and 'explain blast-radius', as a user types them. */
class SeveralDevicesCommandTest {

    @Test
    void explainBlastRadiusShowsWhatTheHungDiskHoldsUp() {
        Run run = Run.of("explain", "blast-radius");
        assertEquals(0, run.status(), run.err());
        String patched = section(run.out(), "== patched/xend31/hung,healthy/bystanders=1");
        assertTrue(patched.contains("vbd1's teardown (never starts") && patched.contains("bystander[0]'s"), patched);
        assertTrue(patched.contains("bystanders-progress violated"), patched);
        for (String fine : new String[] {"== upstream/xl/hung,healthy/bystanders=1", "== proposed/proposed/hung,healthy/bystanders=1"}) {
            String s = section(run.out(), fine);
            assertTrue(s.contains("blast radius: none"), s);
        }
    }

    @Test
    void oneKindPerDeviceIsOneVariant() {
        Run run = Run.of("check", "--driver", "patched", "--toolstack", "xend31", "--devices", "2", "--disk", "hung,healthy",
                "--bystanders", "1", "--property", "bystanders-progress,no-vanish-before-io-done", "--wide");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("checked 1 variant(s)"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("patched/xend31/hung,healthy/bystanders=1") && l.contains("violated")), run.out());
        assertTrue(run.out().contains("xenblkd[0]"), "the trace names the device");
    }

    @Test
    void oneKindGivesEveryDeviceThatKind() {
        Run run = Run.of("check", "--driver", "upstream", "--toolstack", "xl", "--devices", "2", "--disk", "healthy", "--requests", "1",
                "--format", "json");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"disk\":\"healthy,healthy\"") || run.out().contains("\"disk\": \"healthy,healthy\""), run.out());
    }

    @Test
    void aRepeatedDiskGivesOneVariantPerCombination() throws Exception {
        Run run = Run.of("check", "--driver", "patched", "--toolstack", "xend31", "--devices", "2", "--disk", "hung,healthy",
                "--disk", "dead,healthy", "--disk", "slow", "--requests", "1", "--property", "no-deadlock", "--format", "json");
        assertEquals(0, run.status(), run.err());
        java.util.List<String> disks = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("results").forEach(r -> disks.add(r.get("disk").asText()));
        assertEquals(java.util.List.of("hung,healthy", "dead,healthy", "slow,slow"), disks);
    }

    @Test
    void aMismatchedOrOutOfRangeCountIsBadInput() {
        Run mismatch = Run.of("check", "--devices", "3", "--disk", "hung,healthy");
        assertEquals(2, mismatch.status(), mismatch.err());
        assertTrue(mismatch.errorLine().contains("--disk") && mismatch.errorLine().contains("exactly 3 kinds"), mismatch.err());
        Run five = Run.of("check", "--devices", "5");
        assertEquals(2, five.status());
        assertTrue(five.errorLine().contains("'5'") && five.errorLine().contains("1 to 4"), five.err());
        Run bystanders = Run.of("check", "--bystanders", "3");
        assertEquals(2, bystanders.status());
        assertTrue(bystanders.errorLine().contains("0 to 2"), bystanders.err());
        Run fuzz = Run.of("fuzz", "--devices", "2");
        assertEquals(2, fuzz.status());
        assertTrue(fuzz.errorLine().contains("--devices") && fuzz.errorLine().contains("'fuzz' checks one device"), fuzz.err());
        assertFalse(fuzz.printedStackTrace());
    }

    private static String section(String out, String header) {
        int from = out.indexOf(header);
        assertTrue(from >= 0, "no section " + header + " in\n" + out);
        int to = out.indexOf("\n== ", from + 1);
        return to < 0 ? out.substring(from) : out.substring(from, to);
    }
}
