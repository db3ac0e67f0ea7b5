package teardown.properties.schedule;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;

/**
 * The jqwik properties of one variant: each safety property checked at every state of every
 * generated schedule, and xenwatch progress as "no run stops with xenwatch blocked". Whether a
 * property must hold or must be found violated comes from the exhaustive checker, through
 * {@link ExpectedVerdict}, which {@link VariantScheduleProperties} hooks in. Tries: {@code jqwik.tries.default} (see junit-platform.properties).
 */
abstract class VariantSchedules {

    private final Configuration variant;

    VariantSchedules(Driver driver, Toolstack xend, Disk disk) {
        this.variant = Configuration.of(driver, xend, disk);
    }

    Expectation expectation(PropertyId id) {
        return Expectation.of(variant, id);
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        return Interleavings.schedules(variant);
    }

    @Property
    @Judged(PropertyId.NO_VANISH_BEFORE_IO_DONE)
    void noVanishBeforeIoDone(@ForAll("schedules") Schedule schedule) {
        judge(PropertyId.NO_VANISH_BEFORE_IO_DONE, schedule);
    }

    @Property
    @Judged(PropertyId.NO_UNLEASH_BEFORE_IO_DONE)
    void noUnleashBeforeIoDone(@ForAll("schedules") Schedule schedule) {
        judge(PropertyId.NO_UNLEASH_BEFORE_IO_DONE, schedule);
    }

    @Property
    @Judged(PropertyId.NO_USE_AFTER_FREE)
    void noUseAfterFree(@ForAll("schedules") Schedule schedule) {
        judge(PropertyId.NO_USE_AFTER_FREE, schedule);
    }

    @Property
    @Judged(PropertyId.NO_DEADLOCK)
    void noDeadlock(@ForAll("schedules") Schedule schedule) {
        judge(PropertyId.NO_DEADLOCK, schedule);
    }

    @Property
    @Judged(PropertyId.CLOSED_MEANS_DRAINED)
    void closedMeansDrained(@ForAll("schedules") Schedule schedule) {
        judge(PropertyId.CLOSED_MEANS_DRAINED, schedule);
    }

    @Property
    @Judged(PropertyId.NO_LOST_UPDATE)
    void noLostUpdate(@ForAll("schedules") Schedule schedule) {
        judge(PropertyId.NO_LOST_UPDATE, schedule);
    }

    @Property
    @Judged(PropertyId.XENWATCH_PROGRESS)
    void xenwatchNeverLeftBlocked(@ForAll("schedules") Schedule schedule) {
        judge(PropertyId.XENWATCH_PROGRESS, schedule);
    }

    private void judge(PropertyId id, Schedule schedule) {
        Interleaving run = ScheduleRunner.play(variant, schedule);
        Statistics.label("run ends").collect(run.end());
        ScheduleProperty.violation(id, variant, run).forEach(path -> {
            throw new ScheduleViolation(id, variant.label(), run, path);
        });
    }
}
