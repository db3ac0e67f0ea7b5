package teardown.model;

/**
 * The label of one transition: who moved, what it did (named after the source it models), and the
 * file and function of that source, so a trace reads like the code.
 */
public record Step(Actor actor, String name, String source) {

    @Override
    public String toString() {
        return actor.id() + ": " + name;
    }
}
