package teardown.cli;

/** Bad input from the user: reported as one line on stderr with exit status 2, never as a stack trace. */
public final class BadInput extends RuntimeException {

    public BadInput(String message) {
        super(message, null, false, false);
    }
}
