package teardown.cli.explore;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The parameters of an explorer link, in the order given: the variant's options (named like the
 * command line's, without the dashes), {@code init} (which initial state) and {@code path}.
 */
record Query(List<Tuple2<String, String>> parameters) {

    static final String INIT = "init";
    static final String PATH = "path";

    /** Longer links are refused before any parsing: no walk through the model needs one. */
    static final int MAX_LENGTH = 20_000;

    static Query parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new Query(List.empty());
        }
        if (raw.length() > MAX_LENGTH) {
            throw new BadRequest("the link's query is " + raw.length() + " characters long; at most " + MAX_LENGTH + " are accepted");
        }
        return new Query(List.of(raw.split("&")).filter(p -> !p.isEmpty()).map(Query::pair));
    }

    private static Tuple2<String, String> pair(String p) {
        int eq = p.indexOf('=');
        return Tuple.of(decode(eq < 0 ? p : p.substring(0, eq)), eq < 0 ? "" : decode(p.substring(eq + 1)));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the link has a malformed %-escape in '" + s + "'");
        }
    }

    /** The one value of {@code name}, if given; given twice is an error, since a link must mean one thing. */
    Option<String> single(String name) {
        List<String> values = parameters.filter(p -> p._1.equals(name)).map(Tuple2::_2);
        if (values.size() > 1) {
            throw new BadRequest("'" + name + "' is given " + values.size() + " times in the link; give it once");
        }
        return values.headOption();
    }

    /** Everything but init and path: the options that choose the variant. */
    Query variant() {
        return new Query(parameters.filter(p -> !p._1.equals(INIT) && !p._1.equals(PATH)));
    }

    boolean isEmpty() {
        return parameters.isEmpty();
    }

    Query with(String name, String value) {
        return new Query(parameters.append(Tuple.of(name, value)));
    }

    /** The query string, starting with '?', each name and value encoded; dots and slashes stay readable. */
    String render() {
        return parameters.map(p -> encode(p._1) + "=" + encode(p._2)).mkString("?", "&", "");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2F", "/").replace("%2C", ",");
    }
}
