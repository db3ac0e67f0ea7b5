package teardown.cli;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import teardown.model.Catalogue;
import teardown.model.Driver;
import teardown.model.guest.Frontend;
import teardown.model.toolstack.Toolstack;

/**
 * The reviewer's designs named with {@code --design} (docs/extending.md): a {@code .java} file is
 * compiled in memory with the JDK's compiler against the running classpath (the model's published
 * API), a {@code .jar} is read as it is. Every public, concrete class in it that implements
 * {@link Driver}, {@link Toolstack} or {@link Frontend} is one design, made with its public
 * constructor without arguments. Whatever is wrong with a file is bad input, said in one message
 * that names the file: a missing file, the compiler's errors with file and line, a file with no
 * design, a class teardown cannot make, an id that clashes.
 */
final class Designs {

    /** The name of every design's class loader: a stack frame of a design's code carries it. */
    static final String LOADER_NAME = "design";

    private Designs() {
    }

    /** The built-in variants and every design in {@code files}, in order. */
    static Catalogue load(java.util.List<Path> files) {
        Catalogue catalogue = Catalogue.builtIn();
        if (files == null) {
            return catalogue;
        }
        for (Path file : files) {
            for (Catalogue.Design d : designsIn(file)) {
                try {
                    catalogue = catalogue.with(d);
                } catch (IllegalArgumentException e) {
                    throw new BadInput("--design " + e.getMessage());
                }
            }
        }
        return catalogue;
    }

    /** The file a design's class was loaded from, if {@code variant} is a design. */
    static Option<String> origin(Object variant) {
        return variant.getClass().getClassLoader() instanceof Origin o ? Option.some(o.origin()) : Option.none();
    }

    /** A design's class loader knows the file it came from and the classes in it. */
    interface Origin {
        String origin();

        boolean defines(String className);
    }

    private static List<Catalogue.Design> designsIn(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String valid = "a .java source file or a .jar of compiled designs (docs/extending.md)";
        if (!name.endsWith(".java") && !name.endsWith(".jar")) {
            throw BadInput.value("--design", file.toString(), valid);
        }
        if (!Files.exists(file)) {
            throw BadInput.value("--design", file.toString(), valid + ", and here: no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw BadInput.value("--design", file.toString(), valid + ", and here: not a readable file");
        }
        ClassLoader loader = name.endsWith(".java") ? compile(file) : jar(file);
        List<Class<?>> classes = List.ofAll(((Loaded) loader).classNames()).map(n -> load(loader, n, file));
        List<Class<?>> variants = classes.filter(Designs::isVariant);
        List<Class<?>> candidates = variants.filter(c -> Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(c.getModifiers())
                && (c.getEnclosingClass() == null || Modifier.isStatic(c.getModifiers())));
        if (candidates.isEmpty()) {
            String why = variants.isEmpty() ? "no class in it implements one of them"
                    : "class " + variants.map(Class::getSimpleName).mkString(", ") + " implements one but is not a public, concrete"
                    + (variants.exists(c -> c.getEnclosingClass() != null) ? ", top-level or static nested" : "") + " class";
            throw new BadInput("--design " + file + ": no design in it: a design is a public class that implements teardown.model.Driver,"
                    + " teardown.model.toolstack.Toolstack or teardown.model.guest.Frontend (docs/extending.md), and " + why);
        }
        return candidates.map(c -> new Catalogue.Design(make(c, file), file.toString()));
    }

    private static boolean isVariant(Class<?> c) {
        return !c.isInterface() && (Driver.class.isAssignableFrom(c) || Toolstack.class.isAssignableFrom(c) || Frontend.class.isAssignableFrom(c));
    }

    private static Class<?> load(ClassLoader loader, String className, Path file) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadInput("--design " + file + ": class " + className + " cannot be loaded against this teardown's model: " + e
                    + " (was the jar built against another version of teardown?)");
        }
    }

    /** {@code new C()}, and its id(): a design that cannot be made is the file's fault, said as such. */
    private static Object make(Class<?> c, Path file) {
        Constructor<?> constructor;
        try {
            constructor = c.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new BadInput("--design " + file + ": class " + c.getSimpleName() + " has no public constructor without arguments;"
                    + " teardown makes each design with new " + c.getSimpleName() + "(): add public " + c.getSimpleName() + "() { ... }");
        }
        try {
            Object design = constructor.newInstance();
            String id = design instanceof Driver d ? d.id() : design instanceof Toolstack t ? t.id() : ((Frontend) design).id();
            if (id == null) {
                throw new BadInput("--design " + file + ": class " + c.getSimpleName() + "'s id() returned null; it must return the id to name it by");
            }
            return design;
        } catch (InvocationTargetException e) {
            throw new BadInput("--design " + file + ": new " + c.getSimpleName() + "() threw " + e.getCause() + where(e.getCause()));
        } catch (ReflectiveOperationException e) {
            throw new BadInput("--design " + file + ": class " + c.getSimpleName() + " cannot be made: " + e);
        } catch (RuntimeException | LinkageError e) {
            if (e instanceof BadInput b) {
                throw b;
            }
            throw new BadInput("--design " + file + ": class " + c.getSimpleName() + "'s id() threw " + e + where(e));
        }
    }

    /** " at Design.java:12" for the first frame of a design's own code, if there is one. */
    static String where(Throwable t) {
        return designFrames(t).headOption().map(f -> " at " + f.getFileName() + ":" + f.getLineNumber() + " (" + f.getMethodName() + ")").getOrElse("");
    }

    /** The stack frames of designs' code, outermost last. */
    static List<StackTraceElement> designFrames(Throwable t) {
        return t == null ? List.empty() : List.of(t.getStackTrace()).filter(f -> LOADER_NAME.equals(f.getClassLoaderName()));
    }

    // ---- a .java file: compiled in memory ----

    private static ClassLoader compile(Path file) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw BadInput.value("--design", file.toString(), "a .jar of compiled designs: this Java is a runtime without the JDK's compiler,"
                    + " so a .java file cannot be compiled here (run teardown with a JDK)");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        InMemory out = new InMemory(files);
        java.util.List<String> options = java.util.List.of("-classpath", classpath(), "-proc:none", "-encoding", "UTF-8", "-g");
        boolean compiled = javac.getTask(null, out, diagnostics, options, null, files.getJavaFileObjects(file)).call();
        if (!compiled) {
            List<Diagnostic<? extends JavaFileObject>> errors = List.ofAll(diagnostics.getDiagnostics()).filter(d -> d.getKind() == Diagnostic.Kind.ERROR);
            throw new BadInput("--design " + file + " does not compile (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                    + "; the published API is in docs/extending.md):\n" + errors.map(d -> message(d, file)).mkString("\n"));
        }
        return new InMemoryLoader(file.toString(), out.classes);
    }

    /** One compiler error as javac prints it: file:line: error: message, then the line and a caret. */
    private static String message(Diagnostic<? extends JavaFileObject> d, Path file) {
        String where = d.getSource() == null ? file.toString() : file + ":" + d.getLineNumber();
        String text = where + ": error: " + d.getMessage(Locale.ROOT);
        if (d.getSource() == null || d.getLineNumber() < 1) {
            return text;
        }
        try {
            String line = Files.readAllLines(file, StandardCharsets.UTF_8).get((int) d.getLineNumber() - 1);
            return text + "\n" + line + "\n" + " ".repeat((int) Math.max(0, d.getColumnNumber() - 1)) + "^";
        } catch (IOException | IndexOutOfBoundsException | java.io.UncheckedIOException e) {
            return text;
        }
    }

    /**
     * What a design compiles against: the running classpath, and wherever the model and Vavr were
     * loaded from (under a test runner the classpath property may be a single manifest jar).
     */
    private static String classpath() {
        List<String> entries = List.of(Driver.class, io.vavr.collection.List.class).flatMap(c -> Option.of(c.getProtectionDomain().getCodeSource())
                .flatMap(s -> Option.of(s.getLocation())).flatMap(u -> {
                    try {
                        return Option.some(Path.of(u.toURI()).toString());
                    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                        return Option.none();
                    }
                }));
        return entries.appendAll(List.of(System.getProperty("java.class.path", "").split(File.pathSeparator)).filter(e -> !e.isEmpty()))
                .distinct().mkString(File.pathSeparator);
    }

    /** The loaders' shared view: which classes the file defined. */
    private interface Loaded {
        java.util.List<String> classNames();
    }

    /** The compiler's output, kept in memory. */
    private static final class InMemory extends ForwardingJavaFileManager<StandardJavaFileManager> {

        final Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();

        InMemory(StandardJavaFileManager files) {
            super(files);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(java.net.URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    classes.put(className, bytes);
                    return bytes;
                }
            };
        }
    }

    private static final class InMemoryLoader extends ClassLoader implements Origin, Loaded {

        static {
            registerAsParallelCapable();
        }

        private final String origin;
        private final Map<String, byte[]> classes = new LinkedHashMap<>();

        InMemoryLoader(String origin, Map<String, ByteArrayOutputStream> compiled) {
            super(LOADER_NAME, Designs.class.getClassLoader());
            this.origin = origin;
            compiled.forEach((n, b) -> classes.put(n, b.toByteArray()));
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public boolean defines(String className) {
            return classes.containsKey(className);
        }

        @Override
        public java.util.List<String> classNames() {
            return java.util.List.copyOf(classes.keySet());
        }
    }

    // ---- a .jar: read as it is ----

    private static ClassLoader jar(Path file) {
        java.util.List<String> names;
        try (JarFile jar = new JarFile(file.toFile())) {
            names = Collections.list(jar.entries()).stream().map(JarEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class") && !n.startsWith("META-INF/"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
        } catch (IOException e) {
            throw BadInput.value("--design", file.toString(), "a .java source file or a .jar of compiled designs, and here: not a jar ("
                    + IoReason.of(e) + ")");
        }
        try {
            return new JarLoader(file, names);
        } catch (MalformedURLException e) {
            throw BadInput.value("--design", file.toString(), "a .jar teardown can read, and here: " + e.getMessage());
        }
    }

    private static final class JarLoader extends URLClassLoader implements Origin, Loaded {

        private final String origin;
        private final java.util.List<String> names;

        JarLoader(Path file, java.util.List<String> names) throws MalformedURLException {
            super(LOADER_NAME, new URL[] {file.toUri().toURL()}, Designs.class.getClassLoader());
            this.origin = file.toString();
            this.names = names;
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public boolean defines(String className) {
            return names.contains(className);
        }

        @Override
        public java.util.List<String> classNames() {
            return names;
        }

    }
}
