package teardown.cli.explore;

import io.vavr.collection.List;
import teardown.checker.Transition;
import teardown.checker.TransitionSystem;

/**
 * A transition system that starts at one state of another: the checker run on it answers "can a
 * bad state still be reached from here, and what is the shortest way there".
 */
record FromHere<S, A>(TransitionSystem<S, A> system, S here) implements TransitionSystem<S, A> {

    @Override
    public List<S> initialStates() {
        return List.of(here);
    }

    @Override
    public List<Transition<S, A>> successors(S state) {
        return system.successors(state);
    }
}
