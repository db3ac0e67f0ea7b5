package teardown.cli;

import picocli.CommandLine.Option;

/**
 * How much of a run the terminal shows. By default: the answer, a matrix that fits 120 columns,
 * and one line each for the skipped pairs and the witnesses not reached; these options add the rest.
 * JSON is the same whatever they say.
 */
final class DetailOptions {

    @Option(names = "--wide", description = "the full matrix instead: one row per variant, one column per property, with states, depth and ends")
    boolean wide;

    @Option(names = "--notes", description = "list every skipped pair with its reason, not just how many")
    boolean notes;

    @Option(names = "--witnesses", description = "list every witness not reached, variant by variant, not just a line per witness")
    boolean witnesses;

    @Option(names = "--no-traces", description = "leave out the traces of violations and reached examples (the report and --format json hold them)")
    boolean noTraces;

    Detail detail() {
        return new Detail(wide, notes, witnesses, !noTraces);
    }
}
