package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** J2V8's library as shipped asks for an executable stack; the copy teardown loads does not, and differs in nothing else. */
class V8LibraryTest {

    @Test
    void theShippedLibraryAsksForAnExecutableStackAndTheLoadedCopyDoesNot() throws IOException {
        byte[] shipped;
        try (InputStream in = V8Library.class.getResourceAsStream("/" + V8Library.FILE)) {
            assertNotNull(in, "the J2V8 jar is on the class path");
            shipped = in.readAllBytes();
        }
        assertTrue(V8Library.hasExecutableStack(shipped), "the cause of the JVM's stack-guard warning");
        byte[] loaded = V8Library.withoutExecutableStack(shipped);
        assertFalse(V8Library.hasExecutableStack(loaded));
        assertEquals(shipped.length, loaded.length);
        int differing = 0;
        for (int i = 0; i < shipped.length; i++) {
            differing += shipped[i] != loaded[i] ? 1 : 0;
        }
        assertEquals(1, differing, "only the flag byte of the stack header changes");
    }

    @Test
    void anythingButA64BitElfFileIsLeftAlone() {
        byte[] text = "not a library at all, just some text that is long enough to have a header".getBytes();
        assertArrayEquals(text, V8Library.withoutExecutableStack(text));
        assertFalse(V8Library.hasExecutableStack(text));
        assertArrayEquals(new byte[0], V8Library.withoutExecutableStack(new byte[0]));
    }

    @Test
    void theLibraryIsLoadedFromAFolderOfItsOwn() {
        assertTrue(V8Library.loadedFolder().isPresent(), "Linux x86-64 has the library, so it is loaded before V8 starts");
        assertTrue(V8Library.loadedFolder().get().resolve(V8Library.FILE).toFile().isFile());
    }
}
