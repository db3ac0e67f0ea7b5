package teardown.checker;

import io.vavr.collection.List;

/**
 * What the checker explores: initial states and, for any state, the enabled steps with their
 * successor states. Both must be pure functions of their arguments.
 *
 * @param <S> the state type; equal states must be {@code equals} and hash alike
 * @param <A> the step (action) type that labels each transition
 */
public interface TransitionSystem<S, A> {

    List<S> initialStates();

    List<Transition<S, A>> successors(S state);
}
