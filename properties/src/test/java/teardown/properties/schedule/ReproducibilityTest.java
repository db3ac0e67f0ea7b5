package teardown.properties.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vavr.collection.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;

/** A seed fixes the schedules: for jqwik's generator and for the fuzz command's search. */
class ReproducibilityTest {

    private static final Configuration RACE = Configuration.of(Driver.UNPATCHED, Toolstack.XEND31, Disk.HEALTHY);

    @Example
    void sameJqwikSeedSameSchedules() {
        assertEquals(draw(42), draw(42));
        assertNotEquals(draw(42), draw(43));
    }

    @Example
    void sameFuzzSeedSameFinding() {
        Configuration c = RACE.withRequests(16);
        List<PropertyId> all = PropertyId.safety();
        List<Finding> first = RandomSearch.search(c, all, 200, 5, RandomSearch.defaultMaxSteps(c));
        List<Finding> again = RandomSearch.search(c, all, 200, 5, RandomSearch.defaultMaxSteps(c));
        assertEquals(first.map(f -> f.triesUsed()), again.map(f -> f.triesUsed()));
        assertEquals(first.map(f -> f.shrunk().map(Interleaving::played)), again.map(f -> f.shrunk().map(Interleaving::played)));
    }

    @Example
    void replayingAPlayedScheduleGivesTheSamePath() {
        Interleaving run = ScheduleRunner.play(RACE, Schedule.of(1, List.of(5, 9, 2, 7, 3, 3, 0, 4, 8, 1)));
        Interleaving replay = ScheduleRunner.play(RACE, run.played());
        assertEquals(run.path(), replay.path());
        assertEquals(run.played(), replay.played());
    }

    private static List<Schedule> draw(long seed) {
        Arbitrary<Schedule> schedules = Interleavings.schedules(RACE);
        RandomGenerator<Schedule> generator = schedules.generator(1000);
        Random random = new Random(seed);
        return List.fill(20, () -> generator.next(random).value());
    }
}
