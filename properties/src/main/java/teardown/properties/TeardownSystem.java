package teardown.properties;

import io.vavr.collection.List;
import teardown.checker.Transition;
import teardown.checker.TransitionSystem;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Teardown;
import teardown.model.TeardownState;

/** The teardown model of one configuration, seen by the generic checker as a transition system. */
public record TeardownSystem(Configuration configuration) implements TransitionSystem<TeardownState, Step> {

    @Override
    public List<TeardownState> initialStates() {
        return Teardown.initialStates(configuration);
    }

    @Override
    public List<Transition<TeardownState, Step>> successors(TeardownState state) {
        return Teardown.successors(configuration, state).map(s -> new Transition<>(s.step(), s.next()));
    }
}
