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
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes diagrams as {@code .dot} and {@code .svg}. The native {@code dot} program is used when it
 * is on the PATH; otherwise Graphviz-java's bundled V8 engine, which needs nothing beyond Maven
 * Central. A diagram whose {@code .dot} in the folder already holds the same text, beside its
 * {@code .svg}, is not drawn again: the layout is a pure function of the DOT text. The rest is
 * split over the machine's cores: the bundled engine keeps one V8 runtime per thread (its start-up
 * costs a second or more, a small layout then takes milliseconds), and native dot runs one process
 * per diagram.
 */
public final class Renderer {

    /** What a batch cost: how many diagrams, how many of them had to be drawn, how long, and with which engine. */
    public record Rendered(int diagrams, int drawn, double seconds, String engine) {
    }

    /** Told how many diagrams a batch must draw, before any is drawn, then of each one drawn (from any thread). */
    public interface Progress {
        Progress SILENT = new Progress() {
            @Override
            public void toDraw(int diagrams, String engine) {
            }

            @Override
            public void drawn() {
            }
        };

        void toDraw(int diagrams, String engine);

        void drawn();
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

    /** How the engine is named to users. */
    public String engineName() {
        return engine == Engine.NATIVE_DOT ? "native dot" : "bundled V8 engine";
    }

    public Rendered render(List<Diagram> diagrams, Path dir) {
        return render(diagrams, dir, Progress.SILENT);
    }

    public Rendered render(List<Diagram> diagrams, Path dir, Progress progress) {
        long start = System.nanoTime();
        List<Diagram> stale = diagrams.reject(d -> upToDate(d, dir));
        progress.toDraw(stale.size(), engineName());
        if (!stale.isEmpty()) {
            draw(stale, dir, progress);
        }
        return new Rendered(diagrams.size(), stale.size(), (System.nanoTime() - start) / 1e9, engineName());
    }

    /** The folder already holds this diagram: its {@code .dot} has exactly this text and its {@code .svg} exists. */
    static boolean upToDate(Diagram d, Path dir) {
        Path dot = dir.resolve(d.name() + ".dot");
        Path svg = dir.resolve(d.name() + ".svg");
        try {
            return Files.isRegularFile(svg) && Files.size(svg) > 0 && Files.isRegularFile(dot)
                    && Arrays.equals(Files.readAllBytes(dot), d.dot().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false; // unreadable: draw it again
        }
    }

    private void draw(List<Diagram> diagrams, Path dir, Progress progress) {
        GraphvizV8Engine v8 = engine == Engine.BUNDLED_V8 ? new GraphvizV8Engine(V8Library.loadedFolder().map(Path::toString).orElse(null)) : null;
        if (v8 != null) {
            Graphviz.useEngine(v8);
        }
        List<List<Diagram>> shares = shares(diagrams, threads(diagrams.size()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, shares.size()), r -> {
            Thread t = new Thread(r, "renderer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> done = shares.map(share -> pool.submit(() -> {
                try {
                    for (Diagram d : share) {
                        write(d, dir);
                        progress.drawn();
                    }
                } finally {
                    if (v8 != null) {
                        v8.close(); // the V8 runtime belongs to this thread: release it here
                    }
                }
                return null;
            }));
            done.forEach(Renderer::await);
        } finally {
            pool.shutdownNow();
            if (v8 != null) {
                Graphviz.releaseEngine();
            }
        }
    }

    /**
     * One thread per core, but a thread only per dozen diagrams: starting another V8 runtime costs
     * about as much CPU as laying out a dozen of the report's diagrams, so a small batch stays on one.
     */
    static int threads(int diagrams) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), diagrams / 12));
    }

    /** Splits a batch into at most {@code n} shares of about equal cost, biggest graphs first. */
    static List<List<Diagram>> shares(List<Diagram> diagrams, int n) {
        java.util.List<java.util.List<Diagram>> shares = new java.util.ArrayList<>();
        long[] cost = new long[Math.min(n, Math.max(1, diagrams.size()))];
        for (int i = 0; i < cost.length; i++) {
            shares.add(new java.util.ArrayList<>());
        }
        for (Diagram d : diagrams.sortBy(d -> -d.dot().length())) {
            int least = 0;
            for (int i = 1; i < cost.length; i++) {
                least = cost[i] < cost[least] ? i : least;
            }
            shares.get(least).add(d);
            cost[least] += d.dot().length();
        }
        return List.ofAll(shares).filter(s -> !s.isEmpty()).map(List::ofAll);
    }

    /**
     * The {@code .dot} goes last and only once its {@code .svg} is in place, so a run cut short
     * never leaves a {@code .dot} beside a picture of other text, which the next run would reuse.
     */
    private void write(Diagram d, Path dir) throws IOException {
        Path dot = dir.resolve(d.name() + ".dot");
        Path svg = dir.resolve(d.name() + ".svg");
        Files.createDirectories(dot.getParent());
        Files.deleteIfExists(dot);
        String picture = engine == Engine.NATIVE_DOT ? nativeSvg(d) : bundledSvg(d);
        Path partial = dir.resolve(d.name() + ".svg.partial");
        Files.writeString(partial, picture, StandardCharsets.UTF_8);
        Files.move(partial, svg, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dot, d.dot(), StandardCharsets.UTF_8);
    }

    private static void await(Future<Void> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot write diagrams: " + io.getMessage(), io);
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
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
