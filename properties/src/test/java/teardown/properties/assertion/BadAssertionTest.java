package teardown.properties.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What is wrong with a bad assertion, said in words, at the column where it is. */
class BadAssertionTest {

    private static BadAssertion bad(String text) {
        return assertThrows(BadAssertion.class, () -> Assertion.parse(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // syntax: the column of the token that does not fit
            "c: never any vbd: backend.state == and x      | 36 | expected an observable, a number or a value, found 'and'",
            "c: never (kernel.fault                        | 23 | expected ')' to close the '(' at column 10, found the end",
            "c: never kernel.fault)                        | 22 | ')' closes no '('",
            "c: never kernel.fault && run.settled          | 23 | unexpected character '&': write 'and'",
            "c: never xenwatch.queue = 3                   | 25 | unexpected character '=': write == to compare",
            "c: never all disk: kernel.fault               | 14 | expected vbd or ring after 'all', found 'disk'",
            "c: never all vbd backend.dir                  | 18 | expected ':' after 'all vbd', found 'backend.dir'",
            "c: kernel.fault                               | 16 | a condition alone is no property",
            "c: always kernel.fault leadsto run.settled    | 24 | 'leadsto' makes a property of its own",
            "c:                                            |  3 | nothing after the name",
            "never kernel.fault                            |  1 | an assertion starts with its name and a colon",
            "two words: never kernel.fault                 |  1 | 'two words' is not a name",
            // names: the nearest known ones
            "c: never any ring: ring.onring > 0            | 20 | unknown observable 'ring.onring'; nearest: ring.on_ring",
            "c: never any vbd: backend.stat == Closed      | 19 | unknown observable 'backend.stat'; nearest: backend.state",
            // types, in words
            "c: never any ring: ring.on_ring == Closed     | 36 | ring.on_ring is a count, compared with Closed, a xenbus state",
            "c: never any vbd: 3 == backend.state          | 19 | backend.state is a xenbus state, compared with 3, a number",
            "c: never kernel.fault == 0                    | 26 | kernel.fault is a bool, compared with 0, a number",
            "c: never any vbd: backend.state < Closed      | 33 | backend.state is a xenbus state: only == and != compare it, not <",
            "c: never any vbd: backend.state == Closd      | 36 | 'Closd' is not a xenbus state",
            "c: never xenwatch.queue                       | 10 | xenwatch.queue is a count, not a condition: compare it, as in xenwatch.queue > 0",
            "c: never Closed                               | 10 | Closed is a xenbus state, not a condition",
            "c: never 99999999999                          | 10 | the number 99999999999 is too large",
            // quantifiers: an observable outside its scope, a quantifier that would hide another
            "c: never ring.on_ring > 0                     | 10 | ring.on_ring is per ring: read it inside 'all ring:' or 'any ring:'",
            "c: never all vbd: ring.on_ring > 0            | 19 | ring.on_ring is per ring: read it inside 'all ring:' or 'any ring:' (within 'all vbd:', over that device's rings)",
            "c: never backend.state == Closed              | 10 | backend.state is per device: read it inside 'all vbd:' or 'any vbd:'",
            "c: never any vbd: any vbd: backend.dir        | 19 | 'any vbd:' inside 'any vbd:': an assertion names one device at a time",
            "c: never any ring: all vbd: backend.dir       | 20 | 'all vbd:' inside 'any ring:': the ring already names its device",
            "c: never any ring: any ring: ring.mapped      | 20 | 'any ring:' inside 'any ring:': an assertion names one ring at a time",
    })
    void saysWhatAndWhere(String text, int column, String message) {
        BadAssertion e = bad(text.strip());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith(message.strip()), e.getMessage());
        assertTrue(!e.valid().isBlank(), "says what would be valid");
    }

    @Test
    void aValueThatIsNotOfTheTypeListsTheTypesValues() {
        assertEquals(Observables.XENBUS_STATE.values().mkString(", "), bad("c: never any vbd: backend.state == Closd").valid());
    }

    @Test
    void namesAreUsedOnceAndNeverABuiltInsOrAWitnesss() {
        Assertion a = Assertion.parse("a: never kernel.fault");
        assertEquals("the name a is given twice", a.nameClash(List.of(Assertion.parse("a: always true"))).get());
        assertTrue(Assertion.parse("no-leak: never kernel.fault").nameClash(List.empty()).get().contains("built-in property"));
        assertTrue(Assertion.parse("target-runs: never kernel.fault").nameClash(List.empty()).get().contains("witness"));
        assertTrue(a.nameClash(List.of(Assertion.parse("b: always true"))).isEmpty());
        assertTrue(bad("x".repeat(41) + ": never kernel.fault").getMessage().contains("is not a name"));
    }
}
