package teardown.diagrams;

import io.vavr.collection.List;
import java.util.function.Function;
import teardown.model.Configuration;
import teardown.model.Hazard;

/**
 * One column of the verdict matrix that says which variant a row is (driver, toolstack, disk,
 * hazards). The report's summary and its filter are generic over this list: a new dimension of the
 * model is one line here, and the index page grows a column, a filter and its place in the summary.
 */
public record MatrixDimension(String id, Function<Configuration, String> value, Function<Configuration, String> meaning) {

    public static final List<MatrixDimension> ALL = List.of(
            new MatrixDimension("driver", c -> c.driver().id(), c -> c.driver().description()),
            new MatrixDimension("toolstack", c -> c.toolstack().id(), c -> c.toolstack().description()),
            new MatrixDimension("disk", Configuration::diskId, c -> c.disks().distinct().map(k -> k.description()).mkString("; ")),
            new MatrixDimension("frontend", c -> c.frontend().id(), c -> c.frontend().description()),
            new MatrixDimension("hazards", c -> c.hazards().isEmpty() ? "none" : c.hazards().map(Hazard::id).mkString("+"),
                    c -> c.hazards().isEmpty() ? "no seeded fault" : c.hazards().map(Hazard::description).mkString("; ")));

    public String of(Configuration c) {
        return value.apply(c);
    }
}
