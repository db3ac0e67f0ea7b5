package teardown.timing;

import java.util.Locale;

/** How blackout figures read in text: seconds or "never", and the worst run as a numbered trace. */
public final class BlackoutText {

    private BlackoutText() {
    }

    public static String seconds(double t) {
        return Blackout.never(t) ? "never" : String.format(Locale.ROOT, "%.3f s", t);
    }

    /** The worst run: number, actor, start and end, the step and its timing row; '*' marks the critical path. */
    public static String trace(Blackout b) {
        StringBuilder out = new StringBuilder(String.format("== worst case of %s at %s: %s; '*' marks the critical path ==%n",
                b.configuration().label(), MemorySizes.format(b.memoryGib()), Blackout.never(b.worst())
                        ? "the target never runs (the run below ends stuck)" : seconds(b.worst())));
        for (TimedStep s : b.worstRun()) {
            out.append(String.format(Locale.ROOT, "%s %3d. %-12s %10.4f -> %10.4f  %s  [%s]%n", s.critical() ? "*" : " ",
                    s.number(), s.step().actor().id(), s.start(), s.end(), s.step().name(), s.key()));
        }
        return out.toString();
    }
}
