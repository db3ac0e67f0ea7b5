package teardown.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code teardown} run as a real process, for what an in-process run cannot show: signals, a full
 * heap, a stdout the operating system refuses. Uses this JVM's own java and class path.
 */
final class Spawned {

    private Spawned() {
    }

    /** Starts {@code java jvmOptions... teardown.cli.Main args...}, stdout and stderr into files. */
    static Process start(List<String> jvmOptions, File stdout, File stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(stdout).redirectError(stderr).start();
    }

    static String read(File f) throws IOException {
        return Files.readString(f.toPath(), StandardCharsets.UTF_8);
    }
}
