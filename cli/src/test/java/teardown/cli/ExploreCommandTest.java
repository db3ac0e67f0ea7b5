package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code teardown explore} on the command line: bad options are refused before anything is served
 * (the usual one line, exit 2), and a real run serves its URL and stops cleanly on Ctrl-C.
 */
class ExploreCommandTest {

    @Test
    void badOptionsExitTwoWithOneLineBeforeServing() {
        String[][] bad = {
                {"explore"},
                {"explore", "--driver", "unpatched", "--toolstack", "xend31"},
                {"explore", "--driver", "all", "--toolstack", "xend31", "--disk", "healthy"},
                {"explore", "--driver", "vendor", "--toolstack", "xend31", "--disk", "healthy"},
                {"explore", "--driver", "stock", "--toolstack", "xend31", "--disk", "healthy", "--hazard", "self-stop"},
                {"explore", "--driver", "patched", "--toolstack", "xend31", "--disk", "healthy", "--hazard", "all"},
                {"explore", "--driver", "unpatched", "--toolstack", "xend31", "--disk", "healthy", "--requests", "65"},
                {"explore", "--driver", "unpatched", "--toolstack", "xend31", "--disk", "healthy", "--port", "70000"},
                {"explore", "--driver", "unpatched", "--toolstack", "xend31", "--disk", "healthy", "--port", "-1"},
                {"explore", "--driver", "unpatched", "--toolstack", "xend31", "--disk", "healthy", "--port", "http"},
                {"explore", "--driver", "unpatched", "--toolstack", "xend31", "--disk", "healthy", "--frobnicate"},
        };
        for (String[] args : bad) {
            Run run = Run.of(args);
            String what = String.join(" ", args);
            assertEquals(2, run.status(), what + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), what + ": " + run.err());
            assertFalse(run.err().contains("Exception"), what + ": " + run.err());
            assertFalse(run.out().contains("http://"), what + " served: " + run.out());
        }
        String several = Run.of("explore", "--driver", "unpatched,patched", "--toolstack", "xend31", "--disk", "healthy").err();
        assertTrue(several.contains("one variant at a time, and this selection names 2 (unpatched/xend31/healthy, patched/xend31/healthy)"),
                several);
    }

    @Test
    void aPortInUseIsBadInputNotAStackTrace() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = Run.of("explore", "--driver", "unpatched", "--toolstack", "xend31", "--disk", "healthy",
                    "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort()), run.err());
            assertEquals(1, run.err().strip().lines().filter(l -> !l.startsWith("checking ")).count(), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void servesUntilCtrlCThenStopsCleanly(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "explore", "--driver", "unpatched", "--toolstack", "xend31", "--disk", "healthy")
                .redirectError(dir.resolve("err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher url = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/\\S*)").matcher(String.valueOf(first));
            assertTrue(url.find(), "prints the URL: " + first);
            int port = Integer.parseInt(url.group(2));
            assertTrue(url.group(1).endsWith("/?driver=unpatched&toolstack=xend31&disk=healthy"), url.group(1));
            assertEquals(200, RawHttp.get(port, "/api/state").status());

            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "Ctrl-C stops the server");
            String err = Files.readString(dir.resolve("err"));
            assertTrue(err.contains("teardown explore: stopped"), err);
            assertFalse(err.contains("Exception"), err);
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                throw new AssertionError("still listening on " + port + " (connected from local port " + s.getLocalPort() + ")");
            } catch (IOException refused) {
                // the port is closed
            }
        } finally {
            p.destroyForcibly();
        }
    }
}
