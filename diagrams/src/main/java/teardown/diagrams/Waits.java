package teardown.diagrams;

import teardown.model.toolstack.ToolstackProgress.Phase;
import io.vavr.control.Option;
import teardown.model.Actor;
import io.vavr.collection.List;
import teardown.model.DeviceView;
import teardown.model.TeardownState;
import teardown.model.toolstack.Target;

/**
 * What an actor is blocked on in a state, if anything: the waits of docs/model/drivers.md#drivers (kthread_stop,
 * the patch's wait_event, the unbounded refcnt drain, xend's polls). A sequence diagram draws an
 * actor's lane dashed while it waits, so a stalled xenwatch is seen, not inferred. Short lane
 * labels for any state of a trace; {@code teardown.properties.Blockage} explains a stuck state.
 */
final class Waits {

    private Waits() {
    }

    static Option<String> of(Actor actor, TeardownState s) {
        return switch (actor) {
            case XENWATCH -> switch (s.xenwatch().waitsFor()) {
                case THREAD_EXIT -> Option.some("kthread_stop: xenblkd to exit");
                case THREAD_SIGNAL -> Option.some("be->wq: xenblkd == NULL");
                case IN_FLIGHT -> Option.some("blkif refcnt == 0");
                case SEMAPHORE -> Option.some("blkback_dev_sem");
                case NOTHING, NEXT_STEP -> Option.none();
            };
            case XENBLKD -> {
                List<String> waits = s.views().flatMap(v -> xenblkd(v).map(w -> s.vbds().size() == 1 ? w : "vbd" + v.index() + ": " + w));
                yield waits.isEmpty() ? Option.none() : Option.some(waits.mkString("; "));
            }
            case TOOLSTACK -> Phase.polling(s.toolstack().phase())
                    ? Option.some("polls xenstore") : Option.none();
            case TARGET -> s.target() == Target.WAITING_FOR_STREAM ? Option.some("end of stream") : Option.none();
            default -> Option.none();
        };
    }

    private static Option<String> xenblkd(DeviceView s) {
        return switch (s.xenblkd().phase()) {
                case WAITING_FOR_WORK -> Option.some("work, stop or remove");
                case DRAINING -> Option.some("blkif refcnt == 0");
                case BLOCKED_IN_SUBMIT_BIO -> Option.some("submit_bio on a full queue");
                case UNREGISTERING_WATCH -> Option.some("xenwatch_mutex");
                case CLOSING_DEVICE -> s.devSem() == teardown.model.blkback.DevSem.HELD_BY_XENWATCH
                        ? Option.some("blkback_dev_sem") : Option.none();
                case STOPPING_ITSELF -> Option.some("its own exit");
                default -> Option.none();
        };
    }
}
