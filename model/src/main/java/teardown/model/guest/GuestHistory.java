package teardown.model.guest;

/**
 * What the shared disk and the target have seen, for the properties that need history
 * (docs/model/todays-stacks.md): the target started running while source I/O was not done; the target wrote
 * again a block whose request it had re-issued; a source write reached the disk after that.
 */
@teardown.model.Api
public record GuestHistory(boolean ranBeforeSourceIoDone, boolean targetWroteAgain, boolean lostUpdate) {

    public static GuestHistory clean() {
        return new GuestHistory(false, false, false);
    }

    public GuestHistory ranEarly() {
        return new GuestHistory(true, targetWroteAgain, lostUpdate);
    }

    public GuestHistory wroteAgain() {
        return new GuestHistory(ranBeforeSourceIoDone, true, lostUpdate);
    }

    /** A source request reaches the disk: if the target had written the same block already, that update is lost. */
    public GuestHistory sourceWriteLands() {
        return targetWroteAgain ? new GuestHistory(ranBeforeSourceIoDone, true, true) : this;
    }
}
