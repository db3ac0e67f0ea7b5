package teardown.properties;

import io.vavr.collection.List;
import io.vavr.collection.Array;
import teardown.checker.Symmetry;
import teardown.model.TeardownState;
import teardown.model.bystander.Bystander;
import teardown.model.xenbus.QueuedEvent;
import teardown.model.xenbus.WatchEvent;

/**
 * Bystander guests are interchangeable: each acts on its own and no property tells them apart,
 * so two states that differ only by which bystander is which are one. The representative is the
 * renaming whose bystander phases, then queued bystander events, come first. The migrating guest's
 * devices are not interchangeable (docs/model/choices.md#18-the-toolstack-acts-on-every-device-at-once).
 * Bystanders are owed no fairness, so leads-to on the quotient graph is sound.
 */
public final class BystanderSymmetry implements Symmetry<TeardownState> {

    @Override
    public TeardownState canonical(TeardownState s) {
        if (s.bystanders().size() < 2) {
            return s;
        }
        TeardownState swapped = swapped(s);
        return compare(swapped, s) < 0 ? swapped : s;
    }

    @Override
    public long orbitSize(TeardownState s) {
        return s.bystanders().size() < 2 || swapped(s).equals(s) ? 1 : 2;
    }

    /** The same state with bystanders 0 and 1 renamed (the model has at most two). */
    static TeardownState swapped(TeardownState s) {
        Array<Bystander> b = s.bystanders();
        if (b.size() != 2) {
            throw new IllegalStateException("bystander symmetry renames two bystanders, not " + b.size());
        }
        List<QueuedEvent> queue = s.xenwatch().queue().map(e -> isBystanders(e) ? new QueuedEvent(e.event(), 1 - e.index()) : e);
        return new TeardownState(s.vbds(), s.devSem(), new teardown.model.xenbus.Xenwatch(s.xenwatch().stack(), s.xenwatch().device(), queue),
                s.toolstack(), s.target(), s.guest(), s.module(), s.environment(), Array.of(b.get(1), b.get(0)), s.fault());
    }

    private static boolean isBystanders(QueuedEvent e) {
        return e.event() == WatchEvent.BYSTANDER_HOTPLUG || e.event() == WatchEvent.BYSTANDER_SHUTDOWN;
    }

    /** Bystander phases first, then the queue's bystander indices in order. */
    private static int compare(TeardownState a, TeardownState b) {
        for (int i = 0; i < a.bystanders().size(); i++) {
            int c = Integer.compare(a.bystanders().get(i).ordinal(), b.bystanders().get(i).ordinal());
            if (c != 0) {
                return c;
            }
        }
        List<Integer> qa = a.xenwatch().queue().filter(BystanderSymmetry::isBystanders).map(QueuedEvent::index);
        List<Integer> qb = b.xenwatch().queue().filter(BystanderSymmetry::isBystanders).map(QueuedEvent::index);
        for (int i = 0; i < Math.min(qa.size(), qb.size()); i++) {
            int c = Integer.compare(qa.get(i), qb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
