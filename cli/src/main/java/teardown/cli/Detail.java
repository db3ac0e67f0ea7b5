package teardown.cli;

/** How much a text run prints beyond the answer and the compact matrix (see {@link DetailOptions}). */
record Detail(boolean wide, boolean notes, boolean witnesses, boolean traces) {

    static final Detail DEFAULT = new Detail(false, false, false, true);
}
