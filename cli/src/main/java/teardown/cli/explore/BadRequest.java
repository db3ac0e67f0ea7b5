package teardown.cli.explore;

/**
 * A link the explorer cannot follow (an unknown variant, a step that is not enabled, a malformed
 * path): answered with HTTP 400 and this message on the page, never a stack trace.
 */
public final class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message, null, false, false);
    }
}
