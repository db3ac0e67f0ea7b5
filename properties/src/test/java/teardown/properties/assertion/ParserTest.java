package teardown.properties.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The grammar, the scopes and the printer, on hand-written assertions. */
class ParserTest {

    private static Observable obs(String name) {
        return Observables.find(name).get();
    }

    @Test
    void theIssuesExampleParsesToAnInvariantOverDevicesAndRings() {
        Assertion a = Assertion.parse("closed-while-queued: never any vbd: backend.state == Closed and any ring: ring.on_ring > 0");
        assertEquals("closed-while-queued", a.name());
        assertEquals(Assertion.Temporal.NEVER, a.temporal());
        assertEquals(new Expr.Quantified(false, Expr.Domain.VBD, new Expr.Binary(Expr.Connective.AND,
                        new Expr.Compare(Expr.Comparison.EQ, new Term.Read(obs("backend.state")), new Term.Value(Observables.XENBUS_STATE, 6)),
                        new Expr.Quantified(false, Expr.Domain.RING, new Expr.Compare(Expr.Comparison.GT,
                                new Term.Read(obs("ring.on_ring")), new Term.Number(0))))),
                a.condition());
        assertEquals("never any vbd: backend.state == Closed and any ring: ring.on_ring > 0", a.description());
    }

    @Test
    void precedenceIsNotThenAndThenOrThenImpliesAndImpliesGroupsToTheRight() {
        assertEquals(Parser.condition("(kernel.fault or ((not module.loaded) and xenwatch.busy)) implies (toolstack.aborted implies run.settled)"),
                Parser.condition("kernel.fault or not module.loaded and xenwatch.busy implies toolstack.aborted implies run.settled"));
        assertEquals(Parser.condition("(kernel.fault and xenwatch.busy) and run.settled"),
                Parser.condition("kernel.fault and xenwatch.busy and run.settled"));
    }

    @Test
    void aQuantifiersBodyReachesAsFarRightAsItCan() {
        Expr e = Parser.condition("kernel.fault and all vbd: backend.dir or vbd.released");
        Expr.Binary and = (Expr.Binary) e;
        assertTrue(and.right() instanceof Expr.Quantified q && q.body() instanceof Expr.Binary b && b.connective() == Expr.Connective.OR);
        Assertion l = Assertion.parse("x: any vbd: vbd.removes > 0 leadsto kernel.fault");
        assertTrue(l.condition() instanceof Expr.Quantified, "leadsto ends the body on its left");
        assertEquals(new Expr.Flag(obs("kernel.fault")), l.response().get());
    }

    @Test
    void keywordsAndValuesIgnoreCaseAndValuesIgnoreDashesAndUnderscores() {
        assertEquals(Parser.condition("all vbd: backend.state == InitWait"), Parser.condition("ALL vbd: backend.state == init-wait"));
        assertEquals(Parser.condition("all ring: xenblkd.phase == waiting-for-work"),
                Parser.condition("all ring: xenblkd.phase == WAITING_FOR_WORK"));
        assertEquals("x: always all ring: xenblkd.phase != blocked-in-submit-bio",
                Assertion.parse("x: Always all ring: xenblkd.phase != Blocked_In_Submit_Bio").toString());
    }

    @Test
    void aRingQuantifierOutsideAVbdOneNamesTheRingsDeviceToo() {
        Expr e = Parser.condition("any ring: ring.on_ring > 0 and backend.state == Closed");
        assertTrue(e instanceof Expr.Quantified q && q.domain() == Expr.Domain.RING);
    }

    @Test
    void everyTemporalFormAndItsChecker() {
        assertEquals(Assertion.Temporal.ALWAYS, Assertion.parse("a: always true").temporal());
        assertEquals(Assertion.Temporal.SOMETIMES, Assertion.parse("a: sometimes target.state == running").temporal());
        Assertion l = Assertion.parse("a: xenwatch.busy leadsto not xenwatch.busy");
        assertTrue(l.isLiveness());
        assertFalse(l.isWitness());
        assertTrue(Assertion.parse("a: sometimes kernel.fault").isWitness());
    }

    @Test
    void thePrinterPrintsTheCanonicalFormThatParsesBack() {
        for (String s : List.of(
                "a: never any vbd: backend.state == Closed and any ring: ring.on_ring > 0",
                "b: always (all vbd: backend.dir) or kernel.fault",
                "c: (any vbd: vbd.removes > 0) leadsto kernel.fault or all vbd: vbd.released",
                "d: always not (kernel.fault or xenwatch.busy) implies (run.settled implies module.loaded) implies true",
                "e: sometimes not all ring: ring.mapped",
                "f: always kernel.fault == false and 1 < 2")) {
            Assertion a = Assertion.parse(s);
            assertEquals(s, a.toString());
            Assertion again = Assertion.parse(a.toString());
            assertEquals(a.condition(), again.condition());
            assertEquals(a.response(), again.response());
        }
    }

    @Test
    void theNameIsAWordOfItsOwn() {
        assertThrows(BadAssertion.class, () -> Assertion.parse("never kernel.fault"));
        assertThrows(BadAssertion.class, () -> Assertion.parse("two words: never kernel.fault"));
        assertThrows(BadAssertion.class, () -> Assertion.parse(": never kernel.fault"));
        assertEquals("a-b_c9", Assertion.parse("  a-b_c9 : never kernel.fault").name());
    }

    @Test
    void theBuiltInExamplesFileParses() throws Exception {
        String content = java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", "builtins.assert"));
        List<AssertionFile.Line> lines = AssertionFile.lines(content);
        assertTrue(lines.size() >= 11, lines.toString());
        lines.forEach(l -> Assertion.parse(l.text()));
    }
}
