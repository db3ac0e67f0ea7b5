package teardown.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code teardown} run as a real process, for what an in-process run cannot show: signals, a full
 * heap, a stdout the operating system refuses. Uses this JVM's own java and class path.
 */
record Spawned(int status, String out, String err) {

    /** What a test does to the process while it runs, such as sending it a signal. */
    interface WhileRunning {
        void with(Process p, File stderr) throws Exception;
    }

    /**
     * Runs {@code java jvmOptions... teardown.cli.Main args...} with stdout into {@code stdout}
     * (read back unless it is a device) and stderr into a file, and waits up to two minutes.
     */
    static Spawned run(List<String> jvmOptions, File stdout, File stderr, WhileRunning during, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(stdout).redirectError(stderr).start();
        try {
            during.with(p, stderr);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("still running after two minutes: " + String.join(" ", args));
            }
        } finally {
            p.destroyForcibly();
        }
        return new Spawned(p.exitValue(), stdout.isFile() ? read(stdout) : "", read(stderr));
    }

    static String read(File f) throws IOException {
        return Files.readString(f.toPath(), StandardCharsets.UTF_8);
    }
}
