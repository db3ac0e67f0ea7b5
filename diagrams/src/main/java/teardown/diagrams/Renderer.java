package teardown.diagrams;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import io.vavr.collection.List;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Writes diagrams as {@code .dot} and {@code .svg}. The native {@code dot} program is used when it
 * is on the PATH; otherwise Graphviz-java's bundled V8 engine, which needs nothing beyond Maven
 * Central. The bundled engine is started once for a whole batch: its start-up costs a second or
 * more, a small layout then takes milliseconds.
 */
public final class Renderer {

    /** What a batch cost: how many diagrams, how long, and with which engine. */
    public record Rendered(int diagrams, double seconds, String engine) {
    }

    private final Engine engine;

    public enum Engine { NATIVE_DOT, BUNDLED_V8 }

    private Renderer(Engine engine) {
        this.engine = engine;
    }

    /** Native dot if it is on the PATH, else the bundled engine. */
    public static Renderer detect() {
        return new Renderer(nativeDotOnPath() ? Engine.NATIVE_DOT : Engine.BUNDLED_V8);
    }

    /** The given engine; native dot must then be on the PATH. */
    public static Renderer with(Engine engine) {
        if (engine == Engine.NATIVE_DOT && !nativeDotOnPath()) {
            throw new IllegalArgumentException("the native dot program is not on the PATH (install graphviz)");
        }
        return new Renderer(engine);
    }

    public Engine engine() {
        return engine;
    }

    public Rendered render(List<Diagram> diagrams, Path dir) {
        long start = System.nanoTime();
        if (engine == Engine.BUNDLED_V8) {
            Graphviz.useEngine(new GraphvizV8Engine());
        }
        try {
            for (Diagram d : diagrams) {
                Path dot = dir.resolve(d.name() + ".dot");
                Files.createDirectories(dot.getParent());
                Files.writeString(dot, d.dot(), StandardCharsets.UTF_8);
                String svg = engine == Engine.NATIVE_DOT ? nativeSvg(d) : bundledSvg(d);
                Files.writeString(dir.resolve(d.name() + ".svg"), svg, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write diagrams under " + dir + ": " + e.getMessage(), e);
        } finally {
            if (engine == Engine.BUNDLED_V8) {
                Graphviz.releaseEngine();
            }
        }
        return new Rendered(diagrams.size(), (System.nanoTime() - start) / 1e9,
                engine == Engine.NATIVE_DOT ? "native dot" : "bundled V8 engine");
    }

    /** The bundled engine lays out in a fixed heap of 16 MB by default; big graphs need more. */
    private static String bundledSvg(Diagram d) {
        int megabytes = Math.min(512, 16 + d.dot().length() / 1024);
        return Graphviz.fromString(d.dot()).totalMemory(megabytes * 1024 * 1024).render(Format.SVG).toString();
    }

    private static String nativeSvg(Diagram d) throws IOException {
        Process p = new ProcessBuilder("dot", "-Tsvg").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = p.getOutputStream()) {
            in.write(d.dot().getBytes(StandardCharsets.UTF_8));
        }
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("dot failed on " + d.name());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while dot rendered " + d.name(), e);
        }
        return svg;
    }

    private static boolean nativeDotOnPath() {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator))
                .exists(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "dot")));
    }
}
