package teardown.model;

import io.vavr.collection.List;
import io.vavr.collection.Array;
import io.vavr.control.Option;
import java.util.function.Function;
import java.util.function.Predicate;
import teardown.model.blkback.DevSem;
import teardown.model.bystander.Bystander;
import teardown.model.guest.Guest;
import teardown.model.kernel.Module;
import teardown.model.hotplug.Visibility;
import teardown.model.xenbus.Environment;
import teardown.model.xenbus.Xenwatch;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;

/**
 * One global state of the teardown: every actor of docs/model/actors.md#actors. Each device of the
 * guest has its own {@link Vbd}; xenwatch, blkback_dev_sem, the toolstack, the target, the guest
 * itself, the blkback module and the bystander guests are shared. {@code fault} records a use after
 * free (or of a cleared pointer) the moment a step commits one; such a state is final, as the
 * kernel would oops there.
 */
@Api
public record TeardownState(Array<Vbd> vbds, DevSem devSem, Xenwatch xenwatch, ToolstackProgress toolstack, Target target,
                            Guest guest, Module module, Environment environment, Array<Bystander> bystanders, Option<String> fault) {

    public TeardownState withVbd(int i, Vbd v) {
        return new TeardownState(vbds.update(i, v), devSem, xenwatch, toolstack, target, guest, module, environment, bystanders, fault);
    }

    /** The same change to every device: what a toolstack does when it acts on all of the guest's vbds. */
    public TeardownState withEveryVbd(Function<Vbd, Vbd> change) {
        return new TeardownState(vbds.map(change), devSem, xenwatch, toolstack, target, guest, module, environment, bystanders, fault);
    }

    public TeardownState withEveryVisibility(Function<Visibility, Visibility> change) {
        return withEveryVbd(v -> v.with(change.apply(v.visibility())));
    }

    public TeardownState with(DevSem d) {
        return new TeardownState(vbds, d, xenwatch, toolstack, target, guest, module, environment, bystanders, fault);
    }

    public TeardownState with(Xenwatch w) {
        return new TeardownState(vbds, devSem, w, toolstack, target, guest, module, environment, bystanders, fault);
    }

    public TeardownState with(ToolstackProgress t) {
        return new TeardownState(vbds, devSem, xenwatch, t, target, guest, module, environment, bystanders, fault);
    }

    public TeardownState with(Target t) {
        return new TeardownState(vbds, devSem, xenwatch, toolstack, t, guest, module, environment, bystanders, fault);
    }

    public TeardownState with(Guest g) {
        return new TeardownState(vbds, devSem, xenwatch, toolstack, target, g, module, environment, bystanders, fault);
    }

    public TeardownState with(Module m) {
        return new TeardownState(vbds, devSem, xenwatch, toolstack, target, guest, m, environment, bystanders, fault);
    }

    public TeardownState with(Environment e) {
        return new TeardownState(vbds, devSem, xenwatch, toolstack, target, guest, module, e, bystanders, fault);
    }

    public TeardownState withBystander(int i, Bystander b) {
        return new TeardownState(vbds, devSem, xenwatch, toolstack, target, guest, module, environment, bystanders.update(i, b), fault);
    }

    public TeardownState withFault(String what) {
        return new TeardownState(vbds, devSem, xenwatch, toolstack, target, guest, module, environment, bystanders,
                fault.orElse(Option.some(what)));
    }

    public boolean faulted() {
        return fault.isDefined();
    }

    // ---- the devices ----

    public Vbd vbd(int i) {
        return vbds.get(i);
    }

    /** Device {@code i} together with everything shared: what a per-device actor's step reads and writes. */
    public DeviceView view(int i) {
        return new DeviceView(this, i);
    }

    public List<DeviceView> views() {
        return List.range(0, vbds.size()).map(this::view);
    }

    /** Every device satisfies {@code p}; a loop, since properties ask this of every state. */
    public boolean everyVbd(Predicate<Vbd> p) {
        for (int i = 0; i < vbds.size(); i++) {
            if (!p.test(vbds.get(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean someVbd(Predicate<Vbd> p) {
        return !everyVbd(p.negate());
    }

    // ---- what the properties observe ----

    /** No source request is in flight, and none can still be submitted, on any device. */
    public boolean ioDone(Driver driver) {
        return everyVbd(v -> v.ioDone(driver));
    }

    /** The toolstack wrote 'the target may run' and the target runs (or is about to). */
    public boolean migrationFinished() {
        return toolstack.at(ToolstackProgress.Phase.DONE) && !toolstack.aborted() && target == Target.RUNNING;
    }

    /** A clean, visible abort: the toolstack reported the failure and the target never ran. */
    public boolean migrationAborted() {
        return toolstack.at(ToolstackProgress.Phase.DONE) && toolstack.aborted() && target != Target.RUNNING;
    }

    /** The migration was aborted before any of the source's devices was touched: the source guest keeps running on them. */
    public boolean sourceKeptRunning() {
        return migrationAborted() && everyVbd(v -> v.removes() == 0) && !xenwatch.inCallback() && xenwatch.queue().isEmpty();
    }

    /** After an abort, the source guest runs again with every device serving it. */
    public boolean sourceResumed() {
        return toolstack.aborted() && target != Target.RUNNING && guest == Guest.RUNNING && everyVbd(Vbd::serving);
    }

    /** The toolstack has finished and xenwatch has nothing left to do: whatever the run set off has settled. */
    public boolean settled() {
        return toolstack.at(ToolstackProgress.Phase.DONE) && !xenwatch.inCallback() && xenwatch.queue().isEmpty();
    }

    /**
     * Everything is torn down and released: the intended end of a run (a migration that finished,
     * or an abort that had begun the teardown; a detach, or a destroy of a guest that ran).
     */
    public boolean tornDown() {
        boolean ended = migrationFinished() || migrationAborted() || (toolstack.at(ToolstackProgress.Phase.DONE) && guest != Guest.SUSPENDED);
        return ended && settled() && everyVbd(Vbd::released);
    }
}
