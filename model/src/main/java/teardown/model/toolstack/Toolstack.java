package teardown.model.toolstack;

import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.Scenario;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * A source toolstack variant (docs/model/toolstacks.md, docs/model/todays-stacks.md): the steps it takes from the final
 * suspend to the end of the migration, and what of the backend it reads. Adding one means adding a class, and the constants below are
 * the id registry.
 */
@teardown.model.Api
public interface Toolstack {

    Toolstack XEND31 = new Xend31();
    Toolstack XENDPATCHED = new XendPatched();
    Toolstack XENDINTENT = new XendIntent();
    Toolstack XL = new Xl();
    Toolstack XENOPSD_CLASSIC = new Xenopsd(Xenopsd.Mode.CLASSIC, Xenopsd.Deactivate.LEAVES_IO);
    Toolstack XENOPSD_SHUTDOWN = new Xenopsd(Xenopsd.Mode.SHUTDOWN_REQUEST, Xenopsd.Deactivate.LEAVES_IO);
    Toolstack PROPOSED = ProposedToolstack.full();

    /** Every toolstack the command line knows, in matrix order. */
    static Toolstack[] values() {
        return new Toolstack[] {XEND31, XENDPATCHED, XENDINTENT, XL, XENOPSD_CLASSIC, XENOPSD_SHUTDOWN, PROPOSED};
    }

    static List<Toolstack> all() {
        return List.of(values());
    }

    /** The toolstacks reviewers run today, and the proposed one. */
    static List<Toolstack> today() {
        return List.of(XL, XENOPSD_CLASSIC, XENOPSD_SHUTDOWN);
    }

    String id();

    String description();

    /**
     * The toolstack's enabled steps in a migration.
     *
     * @param nothingElseEnabled no other actor can move, so a bounded wait on a healthy disk may run out
     */
    List<Successor> steps(Configuration c, TeardownState s, boolean nothingElseEnabled);

    /** The toolstack's steps when it hot-unplugs the guest's vbds (scenario detach). */
    default List<Successor> detach(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return List.empty();
    }

    /** The toolstack's steps when it destroys the running guest (scenarios destroy and frontend-writes). */
    default List<Successor> destroy(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return List.empty();
    }

    /** Why this toolstack's part in a scenario is not modelled, if it is not. */
    default Option<String> cannotRun(Scenario s) {
        return s == Scenario.MIGRATE ? Option.none()
                : Option.some("toolstack " + id() + " is modelled for migration only, not in scenario " + s.id());
    }

    /** The toolstack's migration can end in an abort after the final suspend (the model's xend, xl and xenopsd never do). */
    default boolean abortsMigration() {
        return false;
    }

    /** What the toolstack relies on before it lets the target run, in a reviewer's words. */
    default String reliesOn() {
        return "the backend's visible footprint";
    }

    /** The driver this toolstack drives in practice today (for 'explain today'). */
    default Driver usualDriver() {
        return Driver.UPSTREAM;
    }

    /** What udev does on the kernel's remove uevent for this toolstack's hotplug set-up. */
    Hotplug hotplug();

    /** The receiver's step that lets the target run once it may: its name and source. */
    Step unpause();

    /** Why this toolstack cannot drive the driver at all, if it cannot (the pair is then skipped, as hazards are). */
    default Option<String> cannotDrive(Driver d) {
        return Option.none();
    }

    /** What udev's rules do with the remove uevent. */
    enum Hotplug {
        /** xend's xen-backend.rules: xen-hotplug-cleanup deletes the backend directory and the frontend path. */
        XEND_CLEANUP,
        /** xenopsd's block script: removes the hotplug key xenopsd waits for. */
        HOTPLUG_KEY,
        /** libxl runs its hotplug scripts itself: udev has nothing to do. */
        NONE
    }
}
