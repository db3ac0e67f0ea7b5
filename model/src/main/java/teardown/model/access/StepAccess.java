package teardown.model.access;

import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Mutant;
import teardown.model.Scenario;
import teardown.model.TeardownState;
import teardown.model.kernel.Frame;
import teardown.model.kernel.Module;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.xenbus.QueuedEvent;
import teardown.model.xenbus.Xenwatch;

/**
 * What each process's steps may read and write (docs/model/access.md): {@link #next} for the
 * process's next step, whichever it turns out to be; {@link #future} for every step it may take
 * from a state on; and, for a process that has no step, the {@link #guard} parts only whose change
 * can give it one. All three may say more than the steps do, never less; a test audits them
 * against the steps themselves. They are written per actor, not per driver or toolstack, so that
 * any variant's code, a reviewer's own included, is covered by the actor it runs on; an actor a
 * seeded mutant changes is declared to touch everything.
 */
public final class StepAccess {

    private final Configuration c;
    private final Layout parts;
    private final Processes processes;
    /** What xenwatch's callbacks may touch of device d: its kernel objects, the frontend's state they read, the shared kernel state. */
    private final long[] callbackOn;
    private final long xenwatchFuture;
    private final long queue;
    private final long fault;
    /** The driver's code on xenwatch has a bounded wait ({@link teardown.model.Driver#timedOut}), whose running out reads everything. */
    private final long boundedWaitReads;

    public StepAccess(Configuration c) {
        this.c = c;
        this.parts = new Layout(c);
        this.processes = new Processes(c);
        this.queue = parts.shared(Part.WATCH_QUEUE);
        this.fault = parts.shared(Part.FAULT);
        long callbackShared = parts.shared(Part.XENWATCH) | queue | parts.shared(Part.DEV_SEM)
                | parts.shared(Part.MODULE) | parts.shared(Part.FAULT) | parts.shared(Part.ENVIRONMENT);
        this.callbackOn = new long[c.devices()];
        long all = callbackShared | parts.everyBystander();
        for (int d = 0; d < c.devices(); d++) {
            callbackOn[d] = kernel(d) | parts.device(Part.BLKFRONT, d) | callbackShared;
            all |= callbackOn[d];
        }
        this.xenwatchFuture = all;
        this.boundedWaitReads = hasBoundedWaits(c.driver()) ? parts.everything() : 0L;
    }

    /**
     * The driver overrides {@link teardown.model.Driver#timedOut}: like the toolstack's, its bounded
     * wait runs out only when nothing else can move, so xenwatch then reads the whole state.
     */
    private static boolean hasBoundedWaits(teardown.model.Driver d) {
        try {
            return d.getClass().getMethod("timedOut", Configuration.class, teardown.model.kernel.Run.class).getDeclaringClass()
                    != teardown.model.Driver.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    public Layout parts() {
        return parts;
    }

    public Processes processes() {
        return processes;
    }

    /** blkback's objects of device d: its rings and requests, blkif, backend_info, xenstore nodes and xenbus device. */
    private long kernel(int d) {
        return parts.everyRing(Part.REQUESTS, d) | parts.everyRing(Part.RING, d) | parts.device(Part.BLKIF, d)
                | parts.device(Part.BACKEND_INFO, d) | parts.device(Part.VISIBILITY, d) | parts.device(Part.XENBUS_DEVICE, d);
    }

    public Access next(TeardownState s, int p) {
        if (mutated(p)) {
            return Access.touches(parts.everything());
        }
        if (processes.actor(p) == Actor.XENWATCH) {
            return Access.touches(xenwatchNext(s.xenwatch())).andReads(fault | (s.xenwatch().inCallback() ? boundedWaitReads : 0L));
        }
        return future(s, p);
    }

    /** Every step reads the fault: a state where one was committed has no successors (the kernel oopsed there). */
    public Access future(TeardownState s, int p) {
        Access a = future0(s, p);
        return a.isNone() ? a : a.andReads(fault);
    }

    private Access future0(TeardownState s, int p) {
        if (mutated(p)) {
            return Access.touches(parts.everything());
        }
        int d = processes.index(p);
        int r = processes.ring(p);
        return switch (processes.actor(p)) {
            case XENWATCH -> Access.touches(xenwatchFuture).andReads(boundedWaitReads);
            // The thread's loop and, in the vendor tree, its close path (backend_info, the nodes, blkback_dev_sem, a watch).
            case XENBLKD -> Access.touches(parts.ring(Part.REQUESTS, d, r) | parts.ring(Part.RING, d, r) | parts.device(Part.BLKIF, d)
                    | parts.device(Part.BACKEND_INFO, d) | parts.device(Part.VISIBILITY, d) | parts.device(Part.XENBUS_DEVICE, d)
                    | parts.shared(Part.DEV_SEM) | parts.shared(Part.XENWATCH) | queue | parts.shared(Part.MODULE) | parts.shared(Part.FAULT));
            case DISK -> !c.disk(d).completes() ? Access.NONE
                    : Access.touches(parts.ring(Part.REQUESTS, d, r) | parts.device(Part.BLKIF, d) | parts.device(Part.HISTORY, d)
                    | parts.shared(Part.FAULT)).andReads(parts.ring(Part.RING, d, r) | parts.shared(Part.MODULE));
            case WORKQUEUE -> Access.touches(kernel(d) | parts.shared(Part.MODULE) | parts.shared(Part.FAULT) | queue);
            case UDEV -> Access.touches(parts.device(Part.VISIBILITY, d) | parts.device(Part.XENBUS_DEVICE, d) | queue);
            case BLKFRONT, FRONTEND -> Access.touches(parts.device(Part.BLKFRONT, d) | parts.everyRing(Part.REQUESTS, d)
                    | parts.everyRing(Part.RING, d) | parts.device(Part.VISIBILITY, d) | parts.device(Part.XENBUS_DEVICE, d)
                    | parts.shared(Part.GUEST) | queue).andReads(parts.shared(Part.TOOLSTACK));
            // A bounded wait runs out only when nothing else can move, so the toolstack reads the whole state.
            case TOOLSTACK -> Access.touches(parts.shared(Part.TOOLSTACK) | parts.everyDevice(Part.VISIBILITY) | parts.everyDevice(Part.BLKFRONT)
                    | parts.shared(Part.TARGET) | parts.shared(Part.GUEST) | queue).andReads(parts.everything());
            // The target's start records whether the source's I/O was done: it reads every ring.
            case TARGET -> c.scenario() != Scenario.MIGRATE ? Access.NONE
                    : Access.touches(parts.shared(Part.TARGET) | parts.everyDevice(Part.HISTORY))
                    .andReads(parts.shared(Part.TOOLSTACK) | parts.everyDevice(Part.REQUESTS) | parts.everyDevice(Part.RING));
            case OTHER_DEVICE -> c.bystanders() > 0 || s.environment().otherDeviceFired() ? Access.NONE
                    : Access.touches(parts.shared(Part.ENVIRONMENT) | queue);
            case ADMIN -> c.scenario() != Scenario.DETACH || s.module() != Module.LOADED ? Access.NONE
                    : Access.touches(parts.shared(Part.MODULE)).andReads(parts.everyDevice(Part.VISIBILITY) | parts.everyDevice(Part.BLKIF));
            // Like the toolstack's, a frontend's bounded wait at suspend runs out only when nothing else can move.
            case GUEST -> !s.toolstack().at(Phase.GUEST_SUSPENDING) ? Access.NONE
                    : Access.touches(parts.shared(Part.GUEST) | parts.shared(Part.TOOLSTACK) | parts.everyDevice(Part.BLKFRONT)
                    | parts.everyDevice(Part.REQUESTS) | parts.everyDevice(Part.RING) | parts.everyDevice(Part.HISTORY) | queue)
                    .andReads(parts.everything());
            case BYSTANDER -> Access.touches(parts.bystander(d) | queue);
        };
    }

    /** For a process with no step: the parts whose change may give it one. */
    public long guard(TeardownState s, int p) {
        if (mutated(p)) {
            return parts.everything();
        }
        int d = processes.index(p);
        int r = processes.ring(p);
        return switch (processes.actor(p)) {
            case XENWATCH -> xenwatchGuard(s.xenwatch()) | (s.xenwatch().inCallback() ? boundedWaitReads : 0L);
            case DISK -> parts.ring(Part.REQUESTS, d, r) | fault;
            default -> next(s, p).reads();
        };
    }

    private boolean mutated(int p) {
        Actor a = processes.actor(p);
        return c.mutants().exists(m -> m.actor() == a);
    }

    /** xenwatch's next step runs the callback it is in, or delivers the head of its queue. */
    private long xenwatchNext(Xenwatch w) {
        if (w.inCallback()) {
            return callbackOn[w.device()];
        }
        if (w.queue().isEmpty()) {
            return xenwatchFuture; // whatever event comes first
        }
        QueuedEvent head = w.queue().head();
        return switch (head.event()) {
            case BYSTANDER_HOTPLUG, BYSTANDER_SHUTDOWN -> parts.shared(Part.XENWATCH) | queue | parts.bystander(head.index());
            case OTHER_DEVICE -> parts.shared(Part.XENWATCH) | queue | parts.shared(Part.ENVIRONMENT);
            default -> callbackOn[head.index()];
        };
    }

    /** An idle xenwatch waits for an event; a callback waits where its code stopped. */
    private long xenwatchGuard(Xenwatch w) {
        return fault | xenwatchWaits(w);
    }

    private long xenwatchWaits(Xenwatch w) {
        if (!w.inCallback()) {
            return queue;
        }
        int d = w.device();
        Frame top = w.stack().head();
        return switch (top.waitsFor()) {
            case THREAD_EXIT -> parts.everyRing(Part.RING, d);
            case IN_FLIGHT -> parts.device(Part.BLKIF, d) | parts.everyRing(Part.REQUESTS, d);
            case THREAD_SIGNAL -> parts.everyRing(Part.RING, d) | parts.device(Part.BACKEND_INFO, d);
            case SEMAPHORE -> parts.shared(Part.DEV_SEM);
            case NOTHING, NEXT_STEP -> callbackOn[d];
        };
    }
}
