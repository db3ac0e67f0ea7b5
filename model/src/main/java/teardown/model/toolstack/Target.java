package teardown.model.toolstack;

/**
 * The migrated guest on the target host. The receiver blocks until the source closes the stream,
 * then restores and unpauses it; once running it re-issues every request it had outstanding.
 */
@teardown.model.Api
public enum Target {
    WAITING_FOR_STREAM, STREAM_ENDED, RUNNING
}
