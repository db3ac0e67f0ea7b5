package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import picocli.CommandLine;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;

/**
 * Bad input, generated: every command that ends quickly gets random argument lists (its own flags
 * with random values, unknown flags, empty and huge values, odd unicode) and must end with 0, 2
 * or 3, print no stack trace, and say what was wrong in one line naming the bad value and the
 * valid ones. A sample of what it tried is written to target/bad-input-sample.txt.
 */
class BadInputProperties {

    /** Commands fed any arguments: with the caps below, any valid run of them is small. */
    static final Map<String, String> ANY_ARGUMENTS = Map.of(
            "check", "--max-states capped at 100 keeps any selection to a fraction of a second",
            "explain", "the same --max-states cap",
            "fuzz", "--tries capped at 3 and --max-steps at 400",
            "hazards", "prints a list",
            "observables", "prints a list",
            "history", "the same --max-states cap keeps each case's two searches to a fraction of a second");

    /**
     * Commands fed arguments that always include one bad value, an --out that is a file: a valid
     * run renders diagrams for many seconds, so the property checks that they stop before doing so.
     * The empty name is the main job (no subcommand), which never gets an empty list: that is the
     * full minute-long run.
     */
    static final Map<String, String> BAD_ARGUMENTS_ONLY = Map.of(
            "report", "renders the report's diagrams (seconds to a minute)",
            "docs", "renders the key diagrams (seconds)",
            "", "the main job checks everything and renders the report (about a minute); only its display options"
                    + " (--wide, --notes, --witnesses) are valid, so a list of nothing else is left out");

    /** Commands the property leaves out, with why. */
    static final Map<String, String> LEFT_OUT = Map.of(
            "explore", "serves until stopped; ExploreCommandTest and ExploreServerTest feed it bad options and bad URLs",
            "bench", "a benchmark ladder of minutes; BenchCommandTest checks its bad input",
            "blackout", "--plot writes to whatever path it is given; BlackoutCommandTest checks its bad input");

    private static final String MAX_STATES_CAP = "100";
    private static final Map<String, Long> CAPS = Map.of("--max-states", 100L, "--tries", 3L, "--max-steps", 400L);
    /** The issue's --max-steps value is kept as given, so the property also meets the schedule-length limit. */
    private static final long UNCAPPED_ABOVE = 1_000_000L;

    private static final Path A_FILE = scratchFile();
    private static final List<String> SAMPLE = Collections.synchronizedList(new ArrayList<>());
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bad-input-run");
        t.setDaemon(true);
        return t;
    });

    @Example
    void everyCommandIsCoveredOrLeftOutWithAReason() {
        Set<String> classified = new TreeSet<>();
        classified.addAll(ANY_ARGUMENTS.keySet());
        classified.addAll(BAD_ARGUMENTS_ONLY.keySet());
        classified.addAll(LEFT_OUT.keySet());
        classified.remove("");
        assertEquals(new TreeSet<>(new CommandLine(new Main()).getSubcommands().keySet()), classified,
                "a new command must be added to ANY_ARGUMENTS, BAD_ARGUMENTS_ONLY or LEFT_OUT (with a reason)");
    }

    @Property(tries = 200, maxDiscardRatio = 1, edgeCases = EdgeCasesMode.NONE)
    void badInputIsOneLineAndExitTwoNeverAStackTrace(@ForAll("commandLines") List<String> args) throws Exception {
        String command = args.isEmpty() || !isCommand(args.get(0)) || args.get(0).isEmpty() ? "(main job)" : args.get(0);
        long start = System.nanoTime();
        Run run = within(30, args);
        double seconds = (System.nanoTime() - start) / 1e9;
        Statistics.label("command").collect(command);
        Statistics.label("exit status").collect(run.status());
        record(args, run, seconds);
        assertTrue(Set.of(0, 2, 3).contains(run.status()), "exit " + run.status() + " for " + args + "\n" + run.err());
        assertFalse(run.printedStackTrace(), "stack trace for " + args + ":\n" + run.out() + run.err());
        if (run.status() == Main.EXIT_BAD_INPUT) {
            String line = run.errorLine();
            assertTrue(line.contains("valid"), "names the valid values: " + line);
            assertTrue(namesAnArgument(line, args), "names the bad value, one of " + shown(args) + ": " + line);
        }
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        List<String> commands = new ArrayList<>(ANY_ARGUMENTS.keySet());
        commands.addAll(BAD_ARGUMENTS_ONLY.keySet());
        Collections.sort(commands);
        return Arbitraries.of(commands).flatMap(command -> {
            List<String> flags = flagsOf(command);
            return element(flags).list().ofMinSize(1).ofMaxSize(5)
                    .map(parts -> bounded(command, parts.stream().flatMap(List::stream).toList()))
                    // Nothing but "--" and the options that only say how much to print is the main job's full
                    // minute-long run, not bad input.
                    .filter(list -> !list.isEmpty() && !(command.isEmpty() && validMainJob(list)));
        });
    }

    /** One piece of a command line: a flag and its value, a flag=value, a flag alone, an unknown flag, or a bare value. */
    private static Arbitrary<List<String>> element(List<String> flags) {
        Arbitrary<String> flag = Arbitraries.of(flags);
        Arbitrary<String> value = values();
        return Arbitraries.frequencyOf(
                Tuple.of(5, Combinators.combine(flag, value).as(List::of)),
                Tuple.of(2, Combinators.combine(flag, value).as((f, v) -> List.of(f + "=" + v))),
                Tuple.of(1, flag.map(List::of)),
                Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(10)
                        .map(s -> List.of((s.length() % 2 == 0 ? "--" : "-") + s))),
                Tuple.of(2, value.map(List::of)));
    }

    private static Arbitrary<String> values() {
        List<String> ids = domainIds();
        Arbitrary<String> id = Arbitraries.of(ids);
        return Arbitraries.frequencyOf(
                Tuple.of(6, id),
                Tuple.of(2, id.list().ofMaxSize(3).map(l -> String.join(",", l))),
                Tuple.of(2, Arbitraries.of(Arrays.stream(Hazard.values()).map(Hazard::id).toList()).list().ofMaxSize(3)
                        .map(l -> String.join("+", l))),
                Tuple.of(2, Combinators.combine(id, Arbitraries.of(",", "+", ",,", " ")).as(String::concat)),
                Tuple.of(4, Arbitraries.integers().between(-3, 70).map(String::valueOf)),
                Tuple.of(3, Arbitraries.of("", " ", ",", "+", "-", "--", "0", "-0", "1e6", "0x10", "2000000000",
                        "2147483648", "-2147483648", "9223372036854775807", "99999999999999999999", "NaN", "'", "\"\"")),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(8)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0300', '\u036f').withCharRange('\u202a', '\u202e')
                        .withChars('\u00a0', '\ufeff', '\u2028', '\n', '\t', '\r', '\0').ofMinLength(1).ofMaxLength(6)),
                Tuple.of(1, Arbitraries.of("patched\u200b", "\uD83D\uDCBE", "p\u0430tched", "STOCK", "Patched ")),
                Tuple.of(1, Arbitraries.of("x".repeat(100_000), "9".repeat(5_000), "patched,".repeat(10_000),
                        "self-stop+".repeat(5_000))));
    }

    private static List<String> domainIds() {
        List<String> ids = new ArrayList<>(List.of("all", "none", "text", "json", "auto", "bundled", "dot"));
        Stream.of(Driver.values()).map(Driver::id).forEach(ids::add);
        Stream.of(Toolstack.values()).map(Toolstack::id).forEach(ids::add);
        Stream.of(Disk.values()).map(Disk::id).forEach(ids::add);
        Stream.of(Hazard.values()).map(Hazard::id).forEach(ids::add);
        Stream.of(PropertyId.values()).map(PropertyId::id).forEach(ids::add);
        teardown.model.guest.Frontend.all().map(teardown.model.guest.Frontend::id).forEach(ids::add);
        Stream.of(teardown.model.toolstack.Xenopsd.Deactivate.values()).map(teardown.model.toolstack.Xenopsd.Deactivate::id).forEach(ids::add);
        ids.add("today");
        ids.add("blast-radius");
        return ids;
    }

    /** The command's own option names, read from picocli so that new options are fed too. */
    private static List<String> flagsOf(String command) {
        return FLAGS.computeIfAbsent(command, BadInputProperties::optionNames);
    }

    private static final Map<String, List<String>> FLAGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> optionNames(String command) {
        CommandLine cl = new CommandLine(new Main());
        CommandLine target = command.isEmpty() ? cl : cl.getSubcommands().get(command);
        return target.getCommandSpec().options().stream().flatMap(o -> Arrays.stream(o.names())).sorted().toList();
    }

    /** Puts the command in front and the caps that keep a valid run small: a value over its cap is lowered to it. */
    private static List<String> bounded(String command, List<String> random) {
        List<String> args = new ArrayList<>();
        if (!command.isEmpty()) {
            args.add(command);
        }
        if (BAD_ARGUMENTS_ONLY.containsKey(command) && !command.isEmpty()) {
            args.addAll(List.of("--out", A_FILE.toString()));
        }
        if (Set.of("check", "explain", "history").contains(command) && random.stream().noneMatch(a -> a.startsWith("--max-states"))) {
            args.addAll(List.of("--max-states", MAX_STATES_CAP));
        }
        if (command.equals("fuzz") && random.stream().noneMatch(a -> a.startsWith("--tries"))) {
            args.addAll(List.of("--tries", "3"));
        }
        for (int i = 0; i < random.size(); i++) {
            String a = random.get(i);
            String capped = a;
            for (var cap : CAPS.entrySet()) {
                if (a.startsWith(cap.getKey() + "=")) {
                    capped = cap.getKey() + "=" + capped(a.substring(cap.getKey().length() + 1), cap.getValue());
                } else if (i > 0 && random.get(i - 1).equals(cap.getKey())) {
                    capped = capped(a, cap.getValue());
                }
            }
            // history --report writes a page and draws its diagrams (seconds) wherever it is pointed: the
            // property points it at a file, so a run with it is bad input refused before any search.
            if (command.equals("history") && a.startsWith("--report=")) {
                capped = "--report=" + A_FILE;
            } else if (command.equals("history") && i > 0 && random.get(i - 1).equals("--report")) {
                capped = A_FILE.toString();
            }
            args.add(capped);
        }
        return command.isEmpty() && random.isEmpty() ? List.of() : args;
    }

    private static String capped(String value, long cap) {
        try {
            long v = Long.parseLong(value.trim());
            return v > cap && v <= UNCAPPED_ABOVE ? Long.toString(cap) : value;
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The main job's display options (picocli takes =true or =false too), each at most once, and "--": a valid main job, which runs for a minute. */
    private static boolean validMainJob(List<String> args) {
        List<String> options = args.stream().filter(a -> !a.equals("--")).toList();
        List<String> names = options.stream().map(o -> o.split("=", 2)[0]).toList();
        return options.stream().allMatch(o -> o.matches("--(wide|notes|witnesses)(=(?i:true|false))?"))
                && names.stream().distinct().count() == names.size()
                && (args.indexOf("--") < 0 || options.stream().allMatch(o -> args.indexOf(o) < args.indexOf("--")));
    }

    /** The error quotes one of the arguments, or one of the comma, plus or equals separated parts of one. */
    private static boolean namesAnArgument(String line, List<String> args) {
        for (String a : args) {
            List<String> pieces = new ArrayList<>(List.of(a));
            pieces.addAll(List.of(a.split("[,+=]", -1)));
            if (a.contains("=")) {
                pieces.add(a.substring(a.indexOf('=') + 1));
            }
            for (String p : pieces) {
                if (line.contains("'" + BadInput.shown(p) + "'") || line.contains("'" + BadInput.shown(p.trim()) + "'")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCommand(String arg) {
        return ANY_ARGUMENTS.containsKey(arg) || BAD_ARGUMENTS_ONLY.containsKey(arg);
    }

    private static Run within(int seconds, List<String> args) throws Exception {
        Future<Run> run = RUNNER.submit(() -> Run.of(args.toArray(String[]::new)));
        try {
            return run.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("still running after " + seconds + " s: " + shown(args));
        }
    }

    private static List<String> shown(List<String> args) {
        return args.stream().map(BadInput::shown).toList();
    }

    private static void record(List<String> args, Run run, double seconds) {
        if (SAMPLE.size() < 1_000) {
            String lastErr = run.err().strip().lines().reduce((a, b) -> b).orElse("");
            SAMPLE.add(String.format("exit %d %6.2f s  %s%n        %s", run.status(), seconds, String.join(" ", shown(args)),
                    BadInput.escaped(lastErr.length() > 300 ? lastErr.substring(0, 300) + "..." : lastErr)));
        }
    }

    @AfterContainer
    static void writeSample() throws IOException {
        Map<String, Integer> byStatus = new TreeMap<>();
        SAMPLE.forEach(s -> byStatus.merge(s.substring(0, 6), 1, Integer::sum));
        Path out = Path.of("target", "bad-input-sample.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "bad inputs tried (first " + SAMPLE.size() + "), by status " + byStatus + "\n\n"
                + String.join("\n", SAMPLE) + "\n", StandardCharsets.UTF_8);
    }

    private static Path scratchFile() {
        try {
            Path f = Files.createTempFile("teardown-not-a-folder", ".txt");
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
