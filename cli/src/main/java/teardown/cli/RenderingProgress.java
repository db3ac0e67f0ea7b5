package teardown.cli;

import java.util.concurrent.atomic.AtomicReference;
import teardown.diagrams.Renderer;

/**
 * What rendering shows on stderr: one line when some diagrams must be drawn (none when every one
 * is unchanged since the last run), then a bar while they are drawn, on a terminal only.
 */
final class RenderingProgress implements Renderer.Progress, AutoCloseable {

    private final AtomicReference<Progress> bar = new AtomicReference<>(Progress.lines(System.err));

    @Override
    public void toDraw(int diagrams, String engine) {
        if (diagrams > 0) {
            System.err.printf("drawing %d diagram(s) with the %s%s ...%n", diagrams, engine,
                    engine.startsWith("bundled") ? " (install graphviz for speed)" : "");
            bar.set(Progress.onStderr("drawing", diagrams));
        }
    }

    @Override
    public void drawn() {
        bar.get().step();
    }

    @Override
    public void close() {
        bar.get().close();
    }
}
