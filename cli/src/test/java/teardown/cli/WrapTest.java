package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void linesBreakAtSpacesAndNeverExceedTheWidth() {
        List<String> lines = Wrap.lines("one two three four five six", 12, "* ", "  ");
        assertEquals(List.of("* one two", "  three four", "  five six"), lines);
        List<String> word = Wrap.lines("a-very-long-word-indeed", 10, "", "  ");
        assertTrue(word.forAll(l -> l.length() <= 10), word.toString());
        assertEquals("a-very-long-word-indeed", word.map(String::trim).mkString());
    }

    @Test
    void onlyTerminalDevicesCountAsATerminal() {
        assertTrue(StderrTerminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(StderrTerminal.isTerminalDevice("/dev/tty1"));
        assertFalse(StderrTerminal.isTerminalDevice("pipe:[12345]"));
        assertFalse(StderrTerminal.isTerminalDevice("/dev/null"));
        assertFalse(StderrTerminal.isTerminalDevice("/tmp/err.txt"));
        assertFalse(StderrTerminal.isTerminal(), "the tests' stderr is a pipe or a file");
    }
}
