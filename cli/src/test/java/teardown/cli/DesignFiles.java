package teardown.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import teardown.model.Driver;

/** Where the examples and the tests' designs are, and a jar of designs made the way a reviewer would make one. */
final class DesignFiles {

    private DesignFiles() {
    }

    /** The repository's root: the first folder up from the working directory that has examples/. */
    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.isDirectory(p.resolve("docs"))) {
                return p;
            }
        }
        throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }

    static Path example(String name) {
        return root().resolve("examples").resolve(name);
    }

    /** A design the tests use, under cli/src/test/resources/designs. */
    static Path testDesign(String name) {
        return root().resolve("cli/src/test/resources/designs").resolve(name);
    }

    /** Compiles {@code source} with javac into a jar in {@code dir}, as {@code javac -cp ... && jar cf} would. */
    static Path jar(Path source, Path dir) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classpath = Stream.of(Driver.class, io.vavr.collection.List.class).map(c -> {
            try {
                return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }).reduce((a, b) -> a + File.pathSeparator + b).get();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath, source.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + source);
        }
        Path jar = dir.resolve(source.getFileName().toString().replace(".java", ".jar"));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }
}
