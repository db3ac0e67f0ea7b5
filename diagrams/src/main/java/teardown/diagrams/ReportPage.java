package teardown.diagrams;

import io.vavr.collection.List;
import java.util.function.Function;
import teardown.properties.VariantResult;

/**
 * A page of the report beside the index and the variant pages, linked from the index's contents.
 * Adding a page is one line in {@link #PAGES}: its file, its title, and how to render it.
 */
public record ReportPage(String file, String title, Function<List<VariantResult>, String> render) {

    public static final List<ReportPage> PAGES = List.of();
}
