package teardown.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published API for a reviewer's design is what docs/extending.md#the-published-api lists,
 * and exactly what carries {@link Api}: the guide's table and the marks cannot drift apart, and a
 * design the repository ships (the examples, the tests' designs) imports nothing of the model
 * outside it, so the guide's promise that nothing else is needed holds for them.
 */
class ApiSurfaceTest {

    private static final Path ROOT = Path.of("..");
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([A-Za-z.]+)` \\|");
    /** A model type named in a design, by an import or written out in full: its package path and its (outer) type. */
    private static final Pattern MODEL_TYPE = Pattern.compile("teardown\\.model\\.((?:[a-z]+\\.)*[A-Z][A-Za-z0-9]*)");

    /** Every top-level type of the model that carries the mark, by its name under teardown.model ("blkback.XenBlkback"). */
    private static List<Class<?>> modelTypes() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES.resolve("teardown/model"))) {
            return List.ofAll(files.map(p -> CLASSES.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .toList()).map(ApiSurfaceTest::load);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortName(Class<?> type) {
        return type.getName().substring("teardown.model.".length());
    }

    /** The rows of the guide's table of published types. */
    private static List<String> documented() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/extending.md"));
        String section = guide.substring(guide.indexOf("## The published API"));
        section = section.substring(0, section.indexOf("\n## ", 1) < 0 ? section.length() : section.indexOf("\n## ", 1));
        return List.ofAll(section.lines().toList()).flatMap(l -> {
            Matcher m = TABLE_ROW.matcher(l);
            return m.find() ? List.of(m.group(1)) : List.empty();
        });
    }

    @Test
    void theGuidesTableListsExactlyTheMarkedTypes() throws IOException {
        List<String> marked = modelTypes().filter(t -> t.isAnnotationPresent(Api.class)).map(ApiSurfaceTest::shortName);
        assertEquals(TreeSet.ofAll(marked), TreeSet.ofAll(documented()),
                "docs/extending.md#the-published-api and the @Api marks differ: mark the type, or list it, or neither");
    }

    @Test
    void theOnlyMarkedMethodOfAnUnmarkedTypeIsTheOneTheGuideNames() throws IOException {
        List<String> loose = modelTypes().filter(t -> !t.isAnnotationPresent(Api.class))
                .flatMap(t -> List.of(t.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Api.class))
                        .map(m -> shortName(t) + "." + m.getName()));
        assertEquals(List.of("xenbus.XenwatchSteps.deviceUnregister"), loose);
    }

    @Test
    void aMarkedProtectedMethodIsOneADesignCanOverride() throws IOException {
        for (Class<?> t : modelTypes().filter(t -> t.isAnnotationPresent(Api.class))) {
            for (Method m : t.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Api.class) && Modifier.isProtected(m.getModifiers())) {
                    assertEquals(false, Modifier.isFinal(m.getModifiers()) || Modifier.isFinal(t.getModifiers()), t.getName() + "." + m.getName());
                }
            }
        }
    }

    @Test
    void theShippedDesignsImportOnlyThePublishedTypes() throws IOException {
        TreeSet<String> published = TreeSet.ofAll(modelTypes().filter(t -> t.isAnnotationPresent(Api.class)).map(ApiSurfaceTest::shortName));
        List<Path> designs = List.empty();
        for (Path dir : List.of(ROOT.resolve("examples"), ROOT.resolve("cli/src/test/resources/designs"))) {
            try (Stream<Path> files = Files.list(dir)) {
                designs = designs.appendAll(files.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            }
        }
        assertEquals(true, designs.size() >= 4, "the examples and the tests' designs: " + designs);
        List<String> outside = List.empty();
        for (Path design : designs) {
            Matcher m = MODEL_TYPE.matcher(Files.readString(design));
            while (m.find()) {
                // a nested type (ToolstackProgress.Phase) or a member is published with its enclosing type, which this names
                String named = m.group(1);
                if (!published.contains(named)) {
                    outside = outside.append(design.getFileName() + ": teardown.model." + named);
                }
            }
        }
        assertEquals(List.empty(), outside, "a shipped design imports what the guide does not publish");
    }
}
