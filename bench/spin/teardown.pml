/*
 * The bench's variant of the teardown model, for SPIN: unpatched/xendpatched/healthy, that is the
 * vendor (Xen 3.1) blkback without the post's driver patch, under the post's patched xend, on a
 * healthy disk, one device, no bystanders. N outstanding requests (spin -DN=64 ...), split in
 * every way between "still on the ring" and "submitted to the disk" at the final suspend.
 * Requests are counts, as in the Java model; one process per actor: xenblkd, the disk, xenwatch
 * running blkback_remove, udev, xend and the target. See README.md beside this file.
 */
#ifndef N
#define N 2
#endif

/* the ring and the disk */
byte onRing, inFlight, completed;
/* the blkif: refcnt, whether blkif->xenblkd is set, the ring mapping, freed */
byte blkifRef; bool blkifXenblkd = 1, ringMapped = 1, blkifFreed;
/* backend_info: refcnt (the vendor tree's two), be->dev, freed */
byte beRef = 2; bool beDev = 1, beFreed;
/* the xenblkd thread's flags */
bool removeRequested;
/* what the toolstack sees: sysfs, the backend directory, shutdown-done, hotplug-status, the remove uevent */
bool sysfsDevice = 1, backendDir = 1, deletedByToolstack, hotplugStatus = 1, shutdownDone, frontendDir = 1;
mtype = { NONE, PENDING, HANDLED };
mtype uevent = NONE;
mtype = { CONNECTED, CLOSING, CLOSED, ABSENT };
mtype backendState = CONNECTED;
/* blkback_dev_sem: 0 free, 1 held by xenwatch, 2 held by xenblkd */
byte devSem;
/* xenstore watch events for xenwatch, in order */
mtype = { BACKEND_GONE, FRONTEND_GONE };
chan watches = [2] of { mtype };
/* the target: unleashed, running; the guest's history on the shared disk */
bool unleashed, targetRunning, ranBeforeSourceIoDone, targetWroteAgain, lostUpdate;
/* set by a step that uses freed memory: the kernel would oops */
bool fault;

/* xenblkd may still submit: in its loop with requests on the ring (2.6.18's loop ignores kthread_should_stop) */
bool xenblkdInLoop = 1;
#define ioDone (inFlight == 0 && !(xenblkdInLoop && onRing > 0))

active proctype xenblkd() {
end_waiting:
    atomic { (onRing > 0 || removeRequested) -> skip };
dispatching:
    if
    :: atomic { onRing > 0 -> fault = fault || blkifFreed; onRing--; inFlight++; blkifRef++ }; goto dispatching
    :: atomic { onRing == 0 && !removeRequested -> skip }; goto end_waiting
    :: atomic { onRing == 0 && removeRequested -> xenblkdInLoop = 0; blkifRef-- }   /* blkback_close: blkif_disconnect drops its reference */
    fi;
    atomic { blkifRef == 0 -> blkifRef++; ringMapped = 0 };                       /* refcnt == 0: take it back, unmap the ring */
    skip;                                                                          /* vbd_sync */
    removeRequested = 0;                                                           /* remove_requested = 0 */
    atomic { devSem == 0 ->                                                         /* down(blkback_dev_sem); write shutdown-done if be->dev */
        fault = fault || beFreed;
        if
        :: beDev -> hotplugStatus = hotplugStatus && backendDir; backendDir = 1; deletedByToolstack = 0; shutdownDone = 1
        :: else -> skip
        fi };
    atomic {                                                                       /* backend_release */
        beRef--;
        if
        :: beRef == 0 -> blkifRef--; blkifFreed = 1; ringMapped = 0; beFreed = 1   /* last reference: free blkif and be */
        :: else -> skip
        fi }
}

/* The healthy disk completes submitted requests in any order; each completion drops a blkif reference. */
active proctype disk() {
end:
    do
    :: atomic { inFlight > 0 ->
        fault = fault || blkifFreed || !ringMapped;
        inFlight--; completed++; blkifRef--;
        lostUpdate = lostUpdate || targetWroteAgain }
    od
}

/* xenwatch: the backend-gone event runs the vendor blkback_remove (unpatched kthread_remove). */
active proctype xenwatch() {
    mtype e;
end:
    do
    :: watches?e ->
        if
        :: e == BACKEND_GONE ->
            atomic {                                                               /* kthread_remove */
                fault = fault || beFreed;
                if
                :: blkifXenblkd -> removeRequested = 1; blkifXenblkd = 0
                :: else -> skip
                fi };
            atomic { devSem == 0 -> fault = fault || beFreed; beDev = 0 };         /* down; sysfs delif; be->dev = NULL; up */
            atomic {                                                               /* backend_release */
                beRef--;
                if
                :: beRef > 0 -> skip
                :: else -> blkifRef--
                fi };
            if
            :: beRef == 0 -> atomic { blkifRef == 0 -> blkifFreed = 1; ringMapped = 0; beFreed = 1 }
            :: else -> skip
            fi;
            atomic { sysfsDevice = 0; uevent = PENDING }                           /* device_del: KOBJ_REMOVE */
        :: e == FRONTEND_GONE -> skip
        fi
    od
}

/* udev: the hotplug cleanup on the remove uevent deletes the backend directory. */
active proctype udev() {
end:
    atomic { uevent == PENDING ->
        deletedByToolstack = deletedByToolstack && !backendDir; backendDir = 0; hotplugStatus = 0; shutdownDone = 0;
        backendState = ABSENT; uevent = HANDLED }
}

/* The post's xend: force-release, poll for shutdown-done, unleash, destroyDomain, poll hotplug-status. */
active proctype xend() {
    atomic {                                                                       /* _releaseDevices(force=True) */
        if
        :: backendState != CLOSED -> backendState = CLOSING
        :: else -> skip
        fi;
        backendDir = 0; deletedByToolstack = 1; hotplugStatus = 0; shutdownDone = 0; backendState = ABSENT;
        frontendDir = 0;
        watches!BACKEND_GONE; watches!FRONTEND_GONE };
    atomic { !(backendDir && !shutdownDone) -> skip };                            /* testDeviceComplete */
    atomic { ranBeforeSourceIoDone = !ioDone; unleashed = 1 };                     /* sock.shutdown(2): unleash */
    skip;                                                                          /* destroyDomain */
    if                                                                             /* poll hotplug-status, or give up */
    :: !hotplugStatus -> skip
    :: timeout -> skip
    fi
}

/* The target runs once unleashed and writes again a block whose request it re-issued. */
active proctype target() {
end:
    unleashed -> targetRunning = 1;
    targetWroteAgain = 1
}

/* Every way of splitting the N requests between the ring and the disk. */
init {
    byte k;
    atomic {
        k = 0;
        do
        :: k < N -> k++
        :: break
        od;
        onRing = k; inFlight = N - k;
        blkifRef = 1 + 1 + inFlight     /* the xenbus device's reference, xenblkd's, one per submitted request */
    }
}

/* The invariants the Java bench's safety run checks include no use after free. */
ltl noFault { [] !fault }
