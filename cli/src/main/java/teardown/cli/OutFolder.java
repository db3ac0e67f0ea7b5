package teardown.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An {@code --out} folder, checked before any work: a run should not search for a minute and then find it cannot write. */
final class OutFolder {

    private OutFolder() {
    }

    /** Creates the folder if needed and proves it writable with a probe file; bad input otherwise. */
    static Path writable(String option, Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw BadInput.value(option, out.toString(), "a folder, and this is a file");
        }
        try {
            Files.createDirectories(out);
            Files.delete(Files.createTempFile(out, ".teardown-probe", ""));
        } catch (IOException | SecurityException e) {
            throw BadInput.value(option, out.toString(), "a folder teardown can create and write, and here: " + IoReason.of(e));
        }
        return out;
    }
}
