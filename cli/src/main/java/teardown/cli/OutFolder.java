package teardown.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
            throw BadInput.value(option, out.toString(), "a folder teardown can create and write, and here: " + reason(e));
        }
        return out;
    }

    /** The operating system's words for why, never a Java class name (a user would take it for a crash). */
    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way";
        }
        return "it could not be written";
    }
}
