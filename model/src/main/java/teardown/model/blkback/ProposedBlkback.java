package teardown.model.blkback;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Ingredient;
import teardown.model.kernel.Run;
import teardown.model.xenbus.XenbusState;

/**
 * The proposed xen-blkback change (docs/model/proposed.md): today's upstream driver, except that
 * xenblkd holds a blkif reference of its own, remove only asks it to stop (xenwatch never waits for
 * storage), and Closed is written by the deferred free once the last reference is gone, so
 * Closed means drained. {@code ingredients} lets the ablation tests take one away; without
 * xenwatch-never-waits its remove is the 3.x one, which waits on xenwatch for the last reference.
 */
public class ProposedBlkback extends XenBlkback {

    private final Set<Ingredient> ingredients;

    public ProposedBlkback(Set<Ingredient> ingredients) {
        super(idOf(ingredients), "proposed xen-blkback: xenwatch never waits, xenblkd keeps a reference until it exits, the deferred free writes Closed",
                ingredients.contains(Ingredient.XENWATCH_NEVER_WAITS) ? TreeSet.of(Fix.values()) : TreeSet.of(Fix.DISCONNECT_ON_CLOSED));
        this.ingredients = TreeSet.ofAll(ingredients);
    }

    private static String idOf(Set<Ingredient> ingredients) {
        List<Ingredient> missing = List.of(Ingredient.HONEST_CLOSED, Ingredient.XENWATCH_NEVER_WAITS, Ingredient.STOP_BY_FLAG,
                Ingredient.THREAD_REF_BEFORE_RUN, Ingredient.UNREGISTER_WHEN_DRAINED, Ingredient.DRAIN_WAITS_OUT_RECONNECT)
                .filter(i -> !ingredients.contains(i));
        return "proposed" + missing.map(i -> "-without-" + i.id()).mkString();
    }

    public static ProposedBlkback full() {
        return new ProposedBlkback(Ingredient.all());
    }

    public ProposedBlkback without(Ingredient i) {
        return new ProposedBlkback(ingredients.remove(i));
    }


    public boolean has(Ingredient i) {
        return ingredients.contains(i);
    }

    public Set<Ingredient> ingredients() {
        return ingredients;
    }

    @Override
    public Run remove(Configuration c, Run r) {
        return has(Ingredient.XENWATCH_NEVER_WAITS) ? ProposedRemove.remove(c, r) : super.remove(c, r);
    }

    @Override
    public List<Run> resume(Configuration c, Run r) {
        return r.top().at().equals(ProposedRemove.WAIT_DRAINED) ? ProposedRemove.resume(c, r) : super.resume(c, r);
    }

    /** The drain request: stop xenblkd (without waiting, unless that ingredient is removed); Closed comes once drained. */
    @Override
    public Run shutdownRequest(Configuration c, Run r) {
        return ProposedRemove.drainRequest(c, r, has(Ingredient.XENWATCH_NEVER_WAITS), has(Ingredient.HONEST_CLOSED));
    }

    @Override
    public boolean drainsOnRequest() {
        return true;
    }

    /** Ingredient 2: xenblkd holds a blkif reference of its own until it exits. */
    @Override
    public boolean kthreadHoldsBlkifRef() {
        return true;
    }

    @Override
    public boolean stopsThreadsByFlag() {
        return has(Ingredient.STOP_BY_FLAG) && has(Ingredient.XENWATCH_NEVER_WAITS);
    }

    @Override
    public boolean unregistersWhenDrained() {
        return has(Ingredient.UNREGISTER_WHEN_DRAINED) && has(Ingredient.XENWATCH_NEVER_WAITS);
    }

    @Override
    public boolean threadReferenceTakenByCreator() {
        return has(Ingredient.THREAD_REF_BEFORE_RUN);
    }

    /**
     * A frontend that closes, or whose directory is gone, lets go of the device: with the ingredient,
     * xenblkd is asked to finish the ring and stop, and Closed and device_unregister come from the
     * drained work; a device already drained goes at once, as today's.
     */
    @Override
    public List<Run> frontendChanged(Configuration c, Run r, XenbusState frontend) {
        boolean lettingGo = frontend == XenbusState.UNKNOWN || frontend == XenbusState.CLOSED;
        if (!lettingGo || !has(Ingredient.UNREGISTER_WHEN_DRAINED) || !has(Ingredient.XENWATCH_NEVER_WAITS) || ProposedRemove.drained(r.state())) {
            return super.frontendChanged(c, r, frontend);
        }
        String on = frontend == XenbusState.UNKNOWN ? "otherend_changed: frontend reads Unknown" : "frontend_changed(Closed)";
        return List.of(r.did(on + ": tell xenblkd to finish the ring and stop (no wait); Closed and device_unregister once drained",
                "drivers/block/xen-blkback/xenbus.c frontend_changed (proposed)").with(ProposedRemove.stopRequested(c, r.state())).ret());
    }

    /**
     * The drain cancel: each ring's xenblkd carries on, or, where it has exited, a new one is
     * started (its reference taken first); the backend switches to Connected again.
     */
    @Override
    public Run drainCancel(Configuration c, Run r) {
        DeviceView s = r.state();
        if (!s.blkif().live() || s.vbd().removes() != 0) {
            return r.did("drain cancel watch: the device is being removed, nothing to resume", "drivers/block/xen-blkback/xenbus.c (proposed drain cancel)").ret();
        }
        DeviceView next = s;
        boolean started = false;
        for (int i = 0; i < s.rings().size(); i++) {
            Ring ring = s.ring(i);
            Kthread k = ring.xenblkd();
            if (k.phase().gone() || k.phase() == Kthread.Phase.NONE) {
                next = next.withRing(i, ring.with(Kthread.created()).withXenblkdSet(true));
                next = threadReferenceTakenByCreator() ? next.with(next.blkif().get()) : next;
                started = true;
            } else {
                next = next.withRing(i, ring.with(k.withRemoveRequested(false)));
            }
        }
        return r.did("drain cancel watch: clear ring->drain" + (started ? "; kthread_run a new xenblkd where one exited" : "")
                        + "; switch to Connected", "drivers/block/xen-blkback/xenbus.c (proposed drain cancel), xen_update_blkif_status")
                .with(next.with(next.visibility().switched(XenbusState.CONNECTED))).ret();
    }

    /** Without the honest signal the core writes Closed after remove as today's does (after a Closing). */
    @Override
    public boolean closedAfterRemove(DeviceView s) {
        return !has(Ingredient.HONEST_CLOSED) && s.visibility().backendState() == XenbusState.CLOSING;
    }

    /** Closed comes from the drained work (and the deferred free): every request completed, xenblkd exited. */
    @Override
    public boolean closedByDeferredFree() {
        return has(Ingredient.HONEST_CLOSED);
    }
}
