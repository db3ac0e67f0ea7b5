package teardown.cli.explore;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import teardown.model.Configuration;

/**
 * Turns a link's variant options (named like the command line's, without the dashes) into exactly
 * one configuration, or throws {@link BadRequest} saying why not. The command line supplies it, so
 * the explorer takes every option the other commands take, including ones added later.
 */
@FunctionalInterface
public interface Variants {

    Configuration parse(List<Tuple2<String, String>> options);
}
