package teardown.properties.mutants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Mutant;
import teardown.model.Scenario;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;

/**
 * The mutant catalogue: each {@link Mutant} of the model, switched on alone, must break the
 * property named here at the variant named here, which holds that property without it. A mutant
 * that no property notices would mean the properties cannot see that part of the model. One
 * mutant instead hides a violation (see {@link Effect#HIDES}). The catalogue table in docs/testing.md is
 * this list.
 */
class MutantCatalogueTest {

    /** What the mutant does to the named verdict. */
    enum Effect {
        /** holds without the mutant, violated with it */
        BREAKS,
        /**
         * violated without the mutant, holds with it: the mutant hides a real hang or window. Used
         * where the model gives a mutant no way to do harm (a stopped upstream xenblkd never touches
         * the ring again; a hung disk already stops the migration without xend's timeout), so only
         * what it hides shows it.
         */
        HIDES
    }

    /** One row of the catalogue: the mutant, where it is caught, and by what. */
    record Kill(Mutant mutant, Configuration variant, PropertyId property, Effect effect) {

        Kill(Mutant mutant, Driver driver, Toolstack xend, Disk disk, PropertyId property) {
            this(mutant, Configuration.of(driver, xend, disk), property, Effect.BREAKS);
        }

        Kill(Mutant mutant, Driver driver, Toolstack xend, Disk disk, PropertyId property, Effect effect) {
            this(mutant, Configuration.of(driver, xend, disk), property, effect);
        }

        Driver driver() {
            return variant.driver();
        }

        @Override
        public String toString() {
            return mutant.id() + (effect == Effect.BREAKS ? " breaks " : " hides a violation of ") + property.id()
                    + " at " + variant().label();
        }
    }

    static final List<Kill> CATALOGUE = List.of(
            new Kill(Mutant.PATCH_WITHOUT_WAIT, Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_VANISH_BEFORE_IO_DONE),
            new Kill(Mutant.KTHREAD_STOP_NOT_WAITING, Driver.UPSTREAM, Toolstack.XEND31, Disk.DEAD, PropertyId.XENWATCH_PROGRESS,
                    Effect.HIDES),
            new Kill(Mutant.STOCK_DRAIN_SKIPPED, Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_USE_AFTER_FREE),
            new Kill(Mutant.UPSTREAM_IGNORES_BUSY, Driver.UPSTREAM, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_USE_AFTER_FREE),
            new Kill(Mutant.OTHEREND_IGNORES_CLOSE, Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK),
            new Kill(Mutant.WAKE_BEFORE_DRAIN, Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_VANISH_BEFORE_IO_DONE),
            new Kill(Mutant.RELEASE_FREES_ON_ANY_COUNT, Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_USE_AFTER_FREE),
            new Kill(Mutant.THREAD_EXIT_KEEPS_REFERENCE, Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.XENWATCH_PROGRESS),
            new Kill(Mutant.COMPLETION_KEEPS_REFERENCE, Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.XENWATCH_PROGRESS),
            new Kill(Mutant.FREE_BEFORE_LAST_PUT, Driver.UPSTREAM, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_USE_AFTER_FREE),
            new Kill(Mutant.DEFERRED_FREE_KEEPS_BE, Driver.UPSTREAM, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK),
            new Kill(Mutant.UDEV_CLEANUP_BEFORE_REMOVE_RETURNS, Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_VANISH_BEFORE_IO_DONE),
            new Kill(Mutant.UNLEASH_BEFORE_POLL, Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_UNLEASH_BEFORE_IO_DONE),
            new Kill(Mutant.TIMEOUT_NEVER_FIRES, Driver.PATCHED, Toolstack.XEND31, Disk.HUNG, PropertyId.NO_UNLEASH_BEFORE_IO_DONE,
                    Effect.HIDES),
            new Kill(Mutant.DRAINED_WORK_IGNORES_INFLIGHT, Driver.PROPOSED, Toolstack.PROPOSED, Disk.SLOW, PropertyId.CLOSED_MEANS_DRAINED),
            new Kill(Mutant.PROPOSED_CARRIES_ON_AFTER_TIMEOUT, Driver.PROPOSED, Toolstack.PROPOSED, Disk.SLOW, PropertyId.NO_LOST_UPDATE),
            new Kill(Mutant.PROPOSED_WAIT_UNBOUNDED, Driver.PROPOSED, Toolstack.PROPOSED, Disk.HUNG, PropertyId.MIGRATION_COMPLETES),
            new Kill(Mutant.PROPOSED_RESUMES_WITHOUT_DRAIN_CANCEL, Driver.PROPOSED, Toolstack.PROPOSED, Disk.SLOW, PropertyId.SOURCE_RESUMES),
            new Kill(Mutant.TARGET_RUNS_BEFORE_STREAM_ENDS, Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_UNLEASH_BEFORE_IO_DONE),
            new Kill(Mutant.OTHER_DEVICE_CALLBACK_REQUEUES, Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.XENWATCH_PROGRESS),
            new Kill(Mutant.BYSTANDER_WATCH_NOT_REGISTERED, Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY).withBystanders(1),
                    PropertyId.BYSTANDERS_PROGRESS, Effect.BREAKS),
            // The post's xend as meant never lets the target run with stock blkback, so only the source can answer.
            new Kill(Mutant.STOCK_STOPS_CONSUMING_ON_STOP, Driver.STOCK, Toolstack.XENDINTENT, Disk.HEALTHY, PropertyId.NO_REQUEST_LOST),
            new Kill(Mutant.LAST_PUT_SCHEDULES_NOTHING, Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY, PropertyId.NO_LEAK),
            new Kill(Mutant.FRONTEND_STATE_FIRES_TWICE, Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.DETACH)
                    .withWatchQueueBound(2), PropertyId.WATCH_QUEUE_BOUNDED, Effect.BREAKS),
            new Kill(Mutant.RMMOD_IGNORES_HOLDERS, Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.DETACH),
                    PropertyId.NO_USE_AFTER_FREE, Effect.BREAKS),
            new Kill(Mutant.UDEV_CLEANUP_KEEPS_BACKEND_DIR, Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_LEFTOVERS));

    static Stream<Kill> catalogue() {
        return CATALOGUE.toJavaStream();
    }

    private static Outcome<TeardownState, Step> check(Configuration c, PropertyId p) {
        return VariantCheck.run(c, List.of(p), VariantCheck.DEFAULT_MAX_STATES, q -> { }).properties().head();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachMutantBreaksItsNamedPropertyAtItsNamedVariant(Kill kill) {
        assertTrue(kill.mutant().appliesTo(kill.driver()), kill + ": the mutant does not apply to that driver");
        Verdict plain = kill.effect() == Effect.BREAKS ? Verdict.HOLDS : Verdict.VIOLATED;
        Verdict mutatedVerdict = kill.effect() == Effect.BREAKS ? Verdict.VIOLATED : Verdict.HOLDS;
        assertEquals(plain, check(kill.variant(), kill.property()).verdict(),
                kill.variant().label() + " without the mutant: " + kill.property().id());
        Outcome<TeardownState, Step> mutated = check(kill.variant().withMutants(TreeSet.of(kill.mutant())), kill.property());
        assertEquals(mutatedVerdict, mutated.verdict(), kill + ": the mutant survived");
        assertEquals(mutatedVerdict == Verdict.VIOLATED, mutated.trace().isDefined(), kill + ": a violation comes with its counterexample");
    }

    @Test
    void theCatalogueNamesEveryMutantOnce() {
        assertEquals(List.of(Mutant.values()).sorted(), CATALOGUE.map(Kill::mutant).sorted());
    }

    @Test
    void theCatalogueCoversEveryPropertyAndEveryActorThatActsByDefault() {
        assertEquals(TreeSet.ofAll(PropertyId.all()), TreeSet.ofAll(CATALOGUE.map(Kill::property)));
        // The frontend acts at will only under the reconnect-during-remove hazard and in the frontend-writes
        // scenario, the guest only with the FreeBSD frontend (its suspend's drain); every other actor has a mutant.
        assertEquals(TreeSet.of(teardown.model.Actor.values()).remove(teardown.model.Actor.FRONTEND).remove(teardown.model.Actor.GUEST),
                TreeSet.ofAll(CATALOGUE.map(k -> k.mutant().actor())));
    }
}
