package teardown.diagrams;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import teardown.properties.Column;
import teardown.properties.VariantResult;

/**
 * Writes the design-review report: {@code index.html}, a page per variant and every diagram as
 * {@code .dot} and {@code .svg}, all linked relatively so the folder works opened from disk.
 */
public final class ReportFolder {

    private ReportFolder() {
    }

    public static Renderer.Rendered write(List<VariantResult> results, List<? extends Column> properties, Path out, Renderer renderer,
                                          ReportDiagrams.Scope scope) {
        return write(results, properties, out, renderer, scope, Renderer.Progress.SILENT);
    }

    public static Renderer.Rendered write(List<VariantResult> results, List<? extends Column> properties, Path out, Renderer renderer,
                                          ReportDiagrams.Scope scope, Renderer.Progress progress) {
        ReportDiagrams.Plan plan = ReportDiagrams.of(results, scope);
        Renderer.Rendered rendered = renderer.render(plan.drawn(), out, progress);
        try {
            Files.createDirectories(out.resolve(VariantPage.DIR));
            for (VariantResult r : results) {
                Files.writeString(out.resolve(VariantPage.fileName(r.configuration())), VariantPage.render(r, plan), StandardCharsets.UTF_8);
            }
            Files.writeString(out.resolve(IndexPage.FILE), IndexPage.render(results, properties, plan, scope, rendered,
                    HistoryLink.in(out)), StandardCharsets.UTF_8);
            for (ReportPage p : ReportPage.PAGES) {
                Files.writeString(out.resolve(p.file()), p.render().apply(results), StandardCharsets.UTF_8);
            }
            BlackoutPage.write(results, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + out + ": " + e.getMessage(), e);
        }
        return rendered;
    }
}
