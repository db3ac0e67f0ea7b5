package teardown.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import teardown.diagrams.KeyDiagrams;
import teardown.diagrams.Renderer;

/** {@code teardown docs}: draws again the key diagrams that docs/answer.md embeds (docs/*.dot and *.svg). */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Draw again the key diagrams under docs/ that the documentation embeds (run from the repository root).")
final class DocsCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "the folder to write into (default ${DEFAULT-VALUE})")
    Path out = Path.of("docs");

    @Mixin
    EngineOption engine = new EngineOption();

    @Override
    public Integer call() {
        Renderer renderer = engine.renderer(); // a bad --engine is reported before the folder is created
        OutFolder.writable("--out", out);
        Renderer.Rendered rendered;
        try (RenderingProgress progress = new RenderingProgress()) {
            rendered = renderer.render(KeyDiagrams.all(), out, progress);
        }
        System.out.printf("wrote %d diagrams (.dot and .svg) into %s, %d drawn with the %s in %.1f s, the rest unchanged%n",
                rendered.diagrams(), out, rendered.drawn(), rendered.engine(), rendered.seconds());
        return 0;
    }
}
