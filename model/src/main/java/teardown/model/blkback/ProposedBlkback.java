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
        List<Ingredient> missing = List.of(Ingredient.HONEST_CLOSED, Ingredient.XENWATCH_NEVER_WAITS).filter(i -> !ingredients.contains(i));
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
