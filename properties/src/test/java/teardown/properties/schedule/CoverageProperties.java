package teardown.properties.schedule;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import teardown.model.Configuration;

/**
 * How far the schedule generator reaches, as jqwik statistics over all 24 variants: which steps
 * the runs took, which race windows they entered, how they ended. The coverage checks fail the
 * property if the generator stops reaching a window, so a weakened generator cannot pass quietly.
 */
class CoverageProperties {

    @Provide
    Arbitrary<Tuple2<Configuration, Schedule>> variantSchedules() {
        return Arbitraries.of(Interleavings.variants().toJavaList())
                .flatMap(c -> Interleavings.schedules(c).map(s -> Tuple.of(c, s)));
    }

    @Property
    void generatedSchedulesReachTheRaceWindows(@ForAll("variantSchedules") Tuple2<Configuration, Schedule> sample) {
        Interleaving run = ScheduleRunner.play(sample._1, sample._2);
        run.path().steps().forEach(t -> Statistics.label("steps").collect(t.step().actor().id() + ": " + t.step().name()));
        for (Window w : Window.values()) {
            Statistics.label(w.id()).collect(Window.coveredBy(run).contains(w));
        }
        Statistics.label("run ends").collect(run.end());

        Statistics.label(Window.REMOVE_OVERLAPS_IO.id()).coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label(Window.REMOVE_RACES_LAST_COMPLETION.id()).coverage(c -> c.check(true).percentage(p -> p >= 2));
        Statistics.label(Window.TIMEOUT_WHILE_IO_IN_FLIGHT.id()).coverage(c -> c.check(true).percentage(p -> p >= 2));
        Statistics.label(Window.BACKEND_GONE_WHILE_IO_IN_FLIGHT.id()).coverage(c -> c.check(true).percentage(p -> p >= 5));
        // Deadlock and xenwatch progress are judged only on runs that reach their end.
        Statistics.label("run ends").coverage(c -> c.check(Interleaving.End.NO_STEP_ENABLED).percentage(p -> p >= 30));
    }
}
