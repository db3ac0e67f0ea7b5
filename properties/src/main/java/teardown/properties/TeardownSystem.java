package teardown.properties;

import io.vavr.collection.List;
import teardown.checker.Footprint;
import teardown.checker.Footprints;
import teardown.checker.Property;
import teardown.checker.Transition;
import teardown.checker.TransitionSystem;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Teardown;
import teardown.model.TeardownState;
import teardown.model.access.Access;
import teardown.model.access.Layout;
import teardown.model.access.Part;
import teardown.model.access.StepAccess;

/**
 * The teardown model of one configuration, seen by the generic checker as a transition system,
 * with what each process's steps read and write ({@link StepAccess}) as the checker's footprints.
 */
public record TeardownSystem(Configuration configuration, StepAccess access)
        implements TransitionSystem<TeardownState, Step>, Footprints<TeardownState, Step> {

    public TeardownSystem(Configuration configuration) {
        this(configuration, new StepAccess(configuration));
    }

    @Override
    public List<TeardownState> initialStates() {
        return Teardown.initialStates(configuration);
    }

    @Override
    public List<Transition<TeardownState, Step>> successors(TeardownState state) {
        return Teardown.successors(configuration, state).map(s -> new Transition<>(s.step(), s.next()));
    }

    @Override
    public int processes() {
        return access.processes().size();
    }

    @Override
    public int processOf(Step step) {
        return access.processes().of(step);
    }

    @Override
    public Footprint next(TeardownState state, int process) {
        return footprint(access.next(state, process));
    }

    @Override
    public Footprint future(TeardownState state, int process) {
        return footprint(access.future(state, process));
    }

    @Override
    public long guard(TeardownState state, int process) {
        return access.guard(state, process);
    }

    private static Footprint footprint(Access a) {
        return new Footprint(a.reads(), a.writes());
    }

    /** The parts a property or witness reads, on every device; every part for one this run does not know. */
    @Override
    public long observes(Property<TeardownState, Step> property) {
        List<Part> parts = List.of(PropertyId.values()).find(p -> p.id().equals(property.name())).map(PropertyId::reads)
                .orElse(() -> List.of(Witness.values()).find(w -> w.id().equals(property.name())).map(Witness::reads))
                .getOrElse(List.of(Part.values()));
        Layout layout = access.parts();
        return parts.foldLeft(0L, (bits, p) -> bits | switch (p.scope()) {
            case SHARED -> layout.shared(p);
            case DEVICE, RING -> layout.everyDevice(p);
            case BYSTANDER -> layout.everyBystander();
        });
    }

    @Override
    public int locations() {
        return access.parts().size();
    }

    @Override
    public Object valueAt(TeardownState state, int location) {
        return access.parts().valueAt(state, location);
    }
}
