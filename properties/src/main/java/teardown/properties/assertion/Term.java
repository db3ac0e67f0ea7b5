package teardown.properties.assertion;

import teardown.model.Configuration;
import teardown.model.TeardownState;

/** One side of a comparison: an observable, a whole number, true or false, or a value of an enumeration. */
public sealed interface Term {

    /** The term's value in a state, as an {@link Observable} reads it. */
    int value(Configuration c, TeardownState s, int vbd, int ring);

    Type type();

    record Read(Observable observable) implements Term {
        @Override
        public int value(Configuration c, TeardownState s, int vbd, int ring) {
            return observable.read(c, s, vbd, ring);
        }

        @Override
        public Type type() {
            return observable.type();
        }
    }

    record Number(int n) implements Term {
        @Override
        public int value(Configuration c, TeardownState s, int vbd, int ring) {
            return n;
        }

        @Override
        public Type type() {
            return Type.COUNT;
        }
    }

    record Truth(boolean b) implements Term {
        @Override
        public int value(Configuration c, TeardownState s, int vbd, int ring) {
            return b ? 1 : 0;
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** A value of an enumeration, by its index in {@link Type#values()}. */
    record Value(Type type, int index) implements Term {
        @Override
        public int value(Configuration c, TeardownState s, int vbd, int ring) {
            return index;
        }

        public String name() {
            return type.values().get(index);
        }
    }
}
