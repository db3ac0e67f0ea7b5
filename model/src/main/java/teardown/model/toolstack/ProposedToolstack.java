package teardown.model.toolstack;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.Ingredient;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.xenbus.WatchEvent;

/**
 * The proposed xl/libxl change (docs/model/proposed.md): before writing 'permission to go', the
 * sender force-removes the source's vbds and waits, bounded, for backend Closed, which the proposed
 * blkback writes only once drained. Closed: let the target go, then destroy the source. Timeout:
 * abort visibly (the receiver destroys the paused target, the source is kept, the error reported).
 * The sender drains only a backend that advertises feature-drain; with an older driver it
 * migrates as today's xl does (that pair is skipped). {@code ingredients} lets the ablation tests take one away.
 */
public record ProposedToolstack(Set<Ingredient> ingredients) implements Toolstack {

    public ProposedToolstack {
        ingredients = TreeSet.ofAll(ingredients);
    }

    public static ProposedToolstack full() {
        return new ProposedToolstack(Ingredient.all());
    }

    public ProposedToolstack without(Ingredient i) {
        return new ProposedToolstack(ingredients.remove(i));
    }

    public boolean has(Ingredient i) {
        return ingredients.contains(i);
    }

    @Override
    public String id() {
        List<Ingredient> missing = List.of(Ingredient.DRAIN_BEFORE_GO, Ingredient.BOUNDED_WAIT, Ingredient.ABORT_ON_TIMEOUT, Ingredient.RESUME_ON_ABORT,
                        Ingredient.LEAVES_DRAINING_BACKEND)
                .filter(i -> !has(i));
        return "proposed" + missing.map(i -> "-without-" + i.id()).mkString();
    }

    @Override
    public String description() {
        return "proposed xl/libxl: close the source vbds and wait (bounded) for Closed before 'permission to go'; abort visibly on timeout";
    }

    @Override
    public List<Successor> steps(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        if (!has(Ingredient.DRAIN_BEFORE_GO)) {
            return XL.steps(c, s, nothingElseEnabled);
        }
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.STATE_SENT -> List.of(ToolstackSteps.next(s, "before 'permission to go': write the vbd's drain request (online=0, state=Closing)",
                    Xl.MIGRATE + "migrate_domain (proposed); " + Xl.DEVICE + "libxl__device_drain (proposed)",
                    s.withEveryVisibility(v -> v.closing()).with(ToolstackSteps.enqueueEach(c, s, WatchEvent.SHUTDOWN_REQUEST))
                            .with(t.withPhase(Phase.WAITING_FOR_CLOSED))));
            case Phase.WAITING_FOR_CLOSED -> waitForDrained(c, s, nothingElseEnabled);
            case Phase.WAITING_FOR_RECONNECT -> waitForReconnect(c, s, nothingElseEnabled);
            case Phase.DESTROYING_DOMAIN -> s.target() != Target.RUNNING ? List.empty()
                    : List.of(ToolstackSteps.next(s, "report: target running; libxl_domain_destroy: rm backend paths, xc_domain_destroy",
                    Xl.DOMAIN + "libxl__destroy_domid", Libxl.backendWatchFires(c, s).withEveryVisibility(v -> v.backendDirDeletedByToolstack()).with(t.withPhase(Phase.DONE))));
            default -> List.empty();
        };
    }

    private List<Successor> waitForDrained(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        if (s.everyVbd(teardown.model.Vbd::backendClosed)) {
            return List.of(ToolstackSteps.next(s, "backend Closed (drained): vbd force remove (rm frontend); write 'permission to go'",
                    Xl.DEVICE + "libxl__initiate_device_generic_remove; " + Xl.MIGRATE + "migrate_domain (proposed)",
                    Xl.forceRemove(c, s).with(t.withPhase(Phase.DESTROYING_DOMAIN)).with(ToolstackSteps.unleash(s))));
        }
        boolean bounded = has(Ingredient.BOUNDED_WAIT) && !c.has(teardown.model.Mutant.PROPOSED_WAIT_UNBOUNDED); // MUTANT proposed-wait-unbounded
        if (!bounded || !ToolstackSteps.timeoutCanFire(c, s, nothingElseEnabled)) {
            return List.empty();
        }
        if (has(Ingredient.ABORT_ON_TIMEOUT) && !c.has(teardown.model.Mutant.PROPOSED_CARRIES_ON_AFTER_TIMEOUT)) { // MUTANT proposed-carries-on-after-timeout
            if (has(Ingredient.RESUME_ON_ABORT) && c.has(teardown.model.Mutant.PROPOSED_RESUMES_WITHOUT_DRAIN_CANCEL)) { // MUTANT proposed-resumes-without-drain-cancel
                return List.of(ToolstackSteps.next(s, "10 s without Closed: abort: receiver destroys the paused target; resume the source (drain request left)",
                        Xl.MIGRATE + "migrate_domain (proposed abort path)",
                        s.with(teardown.model.guest.Guest.RUNNING).with(t.timeout(Phase.DONE).abort())));
            }
            if (has(Ingredient.RESUME_ON_ABORT)) {
                return List.of(ToolstackSteps.next(s, "10 s without Closed: abort: receiver destroys the paused target; withdraw the drain request (online=1, drain-cancel)",
                        Xl.MIGRATE + "migrate_domain (proposed abort path); " + Xl.DEVICE + "libxl__device_drain_cancel (proposed)",
                        s.withEveryVisibility(v -> v.backOnline()).with(ToolstackSteps.enqueueEach(c, s, WatchEvent.DRAIN_CANCEL))
                                .with(t.timeout(Phase.WAITING_FOR_RECONNECT).aborting(Phase.WAITING_FOR_RECONNECT))));
            }
            return List.of(ToolstackSteps.next(s, "10 s without Closed: abort: receiver destroys the paused target; source kept; error reported",
                    Xl.MIGRATE + "migrate_domain (proposed abort path)", s.with(t.timeout(Phase.DONE).abort())));
        }
        return List.of(ToolstackSteps.next(s, "10 s without Closed: log error, carry on: vbd force remove; write 'permission to go'",
                Xl.DEVICE + "device_backend_callback", Xl.forceRemove(c, s)
                        .with(t.timeout(Phase.DESTROYING_DOMAIN)).with(ToolstackSteps.unleash(s))));
    }

    /**
     * After the abort: once every vbd's backend reads Connected with a thread on every ring, resume
     * the source as xl does after a failed migration ("migration failed, resuming at sender":
     * libxl_domain_resume with suspend_cancel, so blkfront keeps its rings). The wait is bounded;
     * when it runs out the source stays paused and the error says so. What it waits for is the
     * drain cancel's callback on xenwatch, which never waits for storage, so it runs out only when
     * nothing else can move.
     */
    private List<Successor> waitForReconnect(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        if (s.everyVbd(teardown.model.Vbd::serving)) {
            return List.of(ToolstackSteps.next(s, "backend Connected again: libxl_domain_resume(suspend_cancel): the source runs on with its disks",
                    "tools/xl/xl_migrate.c migrate_domain ('migration failed, resuming at sender'); tools/libs/light/libxl_dom_suspend.c libxl_domain_resume",
                    s.with(teardown.model.guest.Guest.RUNNING).with(t.withPhase(Phase.DONE))));
        }
        if (!nothingElseEnabled) {
            return List.empty();
        }
        return List.of(ToolstackSteps.next(s, "10 s without Connected: the source stays paused; error reported",
                Xl.MIGRATE + "migrate_domain (proposed abort path)", s.with(t.timeout(Phase.DONE))));
    }

    /**
     * Without feature-drain in the backend's directory the proposed sender migrates as today's xl
     * does, so the pair would repeat that driver's xl row: it is skipped with that reason.
     */
    @Override
    public io.vavr.control.Option<String> cannotDrive(teardown.model.Driver d) {
        return d.drainsOnRequest() || !has(Ingredient.DRAIN_BEFORE_GO) ? io.vavr.control.Option.none()
                : io.vavr.control.Option.some("driver " + d.id() + " advertises no feature-drain, so the proposed sender migrates as xl does: its verdicts are those of " + d.id() + "/xl");
    }

    /** The proposed sender aborts a migration whose drain does not finish in time. */
    @Override
    public boolean abortsMigration() {
        return has(Ingredient.DRAIN_BEFORE_GO) && has(Ingredient.BOUNDED_WAIT) && has(Ingredient.ABORT_ON_TIMEOUT);
    }

    @Override
    public Hotplug hotplug() {
        return Hotplug.NONE;
    }

    @Override
    public Step unpause() {
        return XL.unpause();
    }

    @Override
    public String reliesOn() {
        return "Closed written by the proposed blkback only once xenblkd has exited and nothing is in flight; a bounded wait that aborts";
    }

    @Override
    public Driver usualDriver() {
        return Driver.PROPOSED;
    }

    /**
     * Outside a migration the proposed libxl is xl's, but it never deletes the directory of a
     * feature-drain backend that has not written Closed: the backend removes it once drained.
     */
    @Override
    public List<Successor> detach(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return Libxl.detach(c, s, nothingElseEnabled, has(Ingredient.LEAVES_DRAINING_BACKEND));
    }

    @Override
    public List<Successor> destroy(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return Libxl.destroy(c, s, nothingElseEnabled, has(Ingredient.LEAVES_DRAINING_BACKEND));
    }

    @Override
    public io.vavr.control.Option<String> cannotRun(teardown.model.Scenario s) {
        return io.vavr.control.Option.none();
    }

    @Override
    public String toString() {
        return id();
    }
}
