package teardown.checker;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import java.util.Random;

/**
 * A tiny interpreter of guarded commands over shared integer variables, for testing the
 * partial-order reduction without any real model. Each process has a program counter and
 * commands {@code pc == from && guard -> x[target] := (x[source] + add) mod M; pc := to}. Its
 * footprints are exact: location {@code v} is variable {@code v}, location {@code V + p} is
 * process {@code p}'s program counter; a process's next step is any command at its counter, its
 * future any command at a counter its control graph can still reach.
 */
record GuardedCommands(int variables, int modulus, int processes, List<Command> commands, Array<Integer> initialVars)
        implements TransitionSystem<GuardedCommands.Store, String>, Footprints<GuardedCommands.Store, String> {

    /** The whole state: the shared variables and every process's program counter. */
    record Store(Array<Integer> vars, Array<Integer> pcs) {
    }

    enum Guard { TRUE, EQUALS, BELOW, NOT_EQUALS }

    record Command(String name, int process, int from, int to, Guard guard, int guardVar, int guardValue,
                   int target, int source, int add) {

        boolean enabled(Store s) {
            if (s.pcs().get(process) != from) {
                return false;
            }
            int v = s.vars().get(guardVar);
            return switch (guard) {
                case TRUE -> true;
                case EQUALS -> v == guardValue;
                case BELOW -> v < guardValue;
                case NOT_EQUALS -> v != guardValue;
            };
        }

        Store apply(Store s, int modulus) {
            int value = (s.vars().get(source) + add) % modulus;
            return new Store(s.vars().update(target, value), s.pcs().update(process, to));
        }

        Footprint footprint(int variables) {
            long pc = 1L << (variables + process);
            long reads = pc | 1L << source | (guard == Guard.TRUE ? 0 : 1L << guardVar);
            return new Footprint(reads, pc | 1L << target);
        }
    }

    /** A random system; most commands use their process's own variable, so there is independence to find. */
    static GuardedCommands random(long seed) {
        Random rnd = new Random(seed);
        int processes = 2 + rnd.nextInt(3);
        int variables = processes + rnd.nextInt(2);
        int modulus = 2 + rnd.nextInt(2);
        // How often a command strays from its process's own variable: rarely in half the systems, so some reduce a lot.
        double stray = rnd.nextBoolean() ? 0.03 : 0.2;
        List<Command> commands = List.empty();
        for (int p = 0; p < processes; p++) {
            int pcs = 2 + rnd.nextInt(4);
            int c = 0;
            for (int from = 0; from < pcs; from++) {
                for (int k = 1 + rnd.nextInt(2); k > 0; k--) {
                    int own = p % variables;
                    int target = rnd.nextDouble() >= stray ? own : rnd.nextInt(variables);
                    int source = rnd.nextDouble() >= stray ? target : rnd.nextInt(variables);
                    int guardVar = rnd.nextDouble() >= stray ? own : rnd.nextInt(variables);
                    Guard guard = rnd.nextBoolean() ? Guard.TRUE : Guard.values()[rnd.nextInt(Guard.values().length)];
                    commands = commands.append(new Command("p" + p + "c" + c++, p, from, rnd.nextInt(pcs), guard, guardVar,
                            rnd.nextInt(modulus), target, source, rnd.nextInt(modulus)));
                }
            }
        }
        Array<Integer> init = Array.fill(variables, () -> rnd.nextInt(modulus));
        return new GuardedCommands(variables, modulus, processes, commands, init);
    }

    @Override
    public List<Store> initialStates() {
        return List.of(new Store(initialVars, Array.fill(processes, () -> 0)));
    }

    @Override
    public List<Transition<Store, String>> successors(Store state) {
        return commands.filter(c -> c.enabled(state)).map(c -> new Transition<>(c.name(), c.apply(state, modulus)));
    }

    @Override
    public int processes() {
        return processes;
    }

    @Override
    public int processOf(String step) {
        return commands.find(c -> c.name().equals(step)).get().process();
    }

    @Override
    public Footprint next(Store state, int process) {
        int pc = state.pcs().get(process);
        return footprintOf(commands.filter(c -> c.process() == process && c.from() == pc), process);
    }

    @Override
    public Footprint future(Store state, int process) {
        List<Integer> reach = List.of(state.pcs().get(process));
        for (int grown = -1; grown != reach.size(); ) {
            grown = reach.size();
            List<Integer> now = reach;
            reach = reach.appendAll(commands.filter(c -> c.process() == process && now.contains(c.from()))
                    .map(Command::to).filter(to -> !now.contains(to))).distinct();
        }
        List<Integer> pcs = reach;
        return footprintOf(commands.filter(c -> c.process() == process && pcs.contains(c.from())), process);
    }

    /** Exact: a process without a step waits on the guard variables of the commands at its counter. */
    @Override
    public long guard(Store state, int process) {
        int pc = state.pcs().get(process);
        return commands.filter(c -> c.process() == process && c.from() == pc && c.guard() != Guard.TRUE)
                .foldLeft(0L, (bits, c) -> bits | 1L << c.guardVar());
    }

    private Footprint footprintOf(List<Command> cs, int process) {
        long pc = 1L << (variables + process);
        return cs.map(c -> c.footprint(variables)).fold(new Footprint(pc, 0), Footprint::union);
    }

    @Override
    public long observes(Property<Store, String> property) {
        // Test properties name the variables they read as "x<v>" in their names; others observe everything.
        long bits = 0;
        for (int v = 0; v < variables; v++) {
            if (property.name().contains("x" + v)) {
                bits |= 1L << v;
            }
        }
        return bits == 0 ? -1L : bits;
    }

    @Override
    public int locations() {
        return variables + processes;
    }

    @Override
    public Object valueAt(Store state, int location) {
        return location < variables ? state.vars().get(location) : state.pcs().get(location - variables);
    }

    /** Invariants, witnesses and a deadlock check over the variables, named after what they read. */
    List<Property<Store, String>> properties(long seed) {
        Random rnd = new Random(seed * 31 + 7);
        int a = rnd.nextInt(variables);
        int b = rnd.nextInt(variables);
        int k = rnd.nextInt(modulus);
        int j = rnd.nextInt(modulus);
        return List.of(
                Property.always("x" + a + " != " + k, s -> s.vars().get(a) != k),
                Property.always("x" + a + " + x" + b + " < " + (2 * modulus - 2), s -> s.vars().get(a) + s.vars().get(b) < 2 * modulus - 2),
                Property.sometimes("x" + b + " == " + j, s -> s.vars().get(b) == j),
                Property.sometimes("x" + a + " == x" + b + " + 1", s -> s.vars().get(a) == s.vars().get(b) + 1),
                Property.noDeadlock("no deadlock", s -> false),
                Property.noDeadlock("ends with x" + a + " == 0", s -> s.vars().get(a) == 0));
    }
}
