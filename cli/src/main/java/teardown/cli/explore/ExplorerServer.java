package teardown.cli.explore;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import teardown.cli.Json;
import teardown.model.Configuration;

/**
 * The explorer's web server: the page and its script from the classpath, and one JSON call that
 * describes any point of any walk. It listens on the loopback address only, answers GET only, and
 * serves a fixed list of its own resources: any other path is a 404, whatever its dots or escapes.
 */
public final class ExplorerServer {

    /** URL path to classpath resource (beside this class) and content type: nothing else is served. */
    private static final Map<String, Tuple2<String, String>> FILES = HashMap.of(
            "/", new Tuple2<>("index.html", "text/html; charset=utf-8"),
            "/explore.js", new Tuple2<>("explore.js", "text/javascript; charset=utf-8"),
            "/explore.css", new Tuple2<>("explore.css", "text/css; charset=utf-8"));

    static final String API = "/api/state";

    private final HttpServer http;
    private final ExecutorService workers;
    private final Variants variants;
    private final Query startVariant;
    private final VariantVerdicts verdicts;
    private final long maxStates;

    private ExplorerServer(HttpServer http, ExecutorService workers, Variants variants, Query startVariant, long maxStates) {
        this.http = http;
        this.workers = workers;
        this.variants = variants;
        this.startVariant = startVariant;
        this.verdicts = new VariantVerdicts(maxStates);
        this.maxStates = maxStates;
    }

    /**
     * Starts serving on 127.0.0.1. The start variant is checked before this returns, so a reviewer's
     * first page is quick and a variant that cannot be explored fails here, not in the browser.
     *
     * @param port         0 for a free port
     * @param startOptions the variant a link without variant options opens, as command-line options
     * @throws BadRequest  if the start options do not name exactly one variant
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static ExplorerServer start(int port, Variants variants, List<Tuple2<String, String>> startOptions, long maxStates) {
        Query start = new Query(startOptions);
        Configuration c = variants.parse(start.parameters());
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1 port " + port + ": " + e.getMessage()
                    + " (choose another --port, or leave it out for a free one)", e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "explorer");
            t.setDaemon(true);
            return t;
        });
        ExplorerServer server = new ExplorerServer(http, workers, variants, start, maxStates);
        server.verdicts.of(c);
        http.createContext("/", server::handle);
        http.setExecutor(workers);
        http.start();
        return server;
    }

    /** The page of the start variant, e.g. {@code http://127.0.0.1:43121/?driver=unpatched&...}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/" + (startVariant.isEmpty() ? "" : startVariant.render());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** Stops listening at once and lets the worker threads go. */
    public void stop() {
        http.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "only GET is served here\n");
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            try {
                checkHost(exchange.getRequestHeaders().getFirst("Host"));
                if (path.equals(API)) {
                    send(exchange, 200, "application/json; charset=utf-8", Json.write(describe(query)));
                } else if (FILES.containsKey(path)) {
                    if (path.equals("/")) {
                        follow(query); // a bad link gets its 400 on the page itself, not only from the API
                    }
                    Tuple2<String, String> file = FILES.get(path).get();
                    send(exchange, 200, file._2, resource(file._1));
                } else {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found: the explorer serves only its own page\n");
                }
            } catch (BadRequest e) {
                if (path.equals(API)) {
                    send(exchange, 400, "application/json; charset=utf-8",
                            Json.write(HashMap.of("error", e.getMessage(), "restart", startVariant.render())));
                } else {
                    send(exchange, 400, "text/html; charset=utf-8", errorPage(e.getMessage()));
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                // A model or checker failure is a bug, but the reviewer still gets a line, not a stack trace.
                send(exchange, 500, "text/plain; charset=utf-8", "the explorer failed on this link: " + e + "\n");
            }
        }
    }

    /** The JSON document for a link: its variant (or the start variant), initial state and path. */
    private Map<String, Object> describe(String rawQuery) {
        Tuple2<Query, Walk> followed = follow(rawQuery);
        return StatePage.render(followed._1, followed._2, verdicts.of(followed._2.system().configuration()), maxStates);
    }

    /** Replays a link's walk (cheap: no search), or says why the link is bad. */
    private Tuple2<Query, Walk> follow(String rawQuery) {
        Query query = Query.parse(rawQuery);
        Query variant = query.variant().isEmpty() ? startVariant : query.variant();
        Configuration c = variants.parse(variant.parameters());
        int init = query.single(Query.INIT).map(Walk::parseInit).getOrElse(0);
        return new Tuple2<>(variant, Walk.replay(c, init, Walk.parseChoices(query.single(Query.PATH).getOrElse(""))));
    }

    /**
     * A page on another host name that resolves to 127.0.0.1 (DNS rebinding) must not read the
     * explorer, so only the loopback names are answered.
     */
    private void checkHost(String host) {
        if (host == null || !List.of("127.0.0.1:", "localhost:").exists(h -> host.equals(h + port()))) {
            throw new BadRequest("this explorer answers only requests for 127.0.0.1:" + port() + " or localhost:" + port()
                    + ", not '" + host + "'");
        }
    }

    private String errorPage(String message) {
        String restart = escape(startVariant.render());
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>teardown explore: bad link</title>"
                + "<link rel=\"stylesheet\" href=\"/explore.css\"></head><body>\n"
                + "<h1>teardown explore</h1>\n<p id=\"error\" class=\"error\">This link cannot be explored: " + escape(message) + "</p>\n"
                + "<p><a id=\"start-over\" href=\"/" + restart + "\">Start over at the explorer's variant</a></p>\n</body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExplorerServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the explorer's resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'self'");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
