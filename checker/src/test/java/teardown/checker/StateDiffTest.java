package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Queue;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class StateDiffTest {

    enum Phase { WAITING_FOR_WORK, RUNNING }

    sealed interface Ring permits Connected, Disconnected { }

    record Connected(int pages) implements Ring { }

    record Disconnected() implements Ring { }

    record Thread(Phase phase, boolean stopRequested, Queue<String> work) { }

    record State(Thread kthread, int refs, Option<String> error, Ring ring, List<Integer> log) { }

    private static final State BEFORE = new State(
            new Thread(Phase.WAITING_FOR_WORK, false, Queue.empty()), 2, Option.none(), new Connected(4), List.of(1));

    @Test
    void unchangedStatesHaveNoChanges() {
        assertTrue(StateDiff.between(BEFORE, BEFORE).isEmpty());
        State copy = new State(new Thread(Phase.WAITING_FOR_WORK, false, Queue.empty()), 2, Option.none(),
                new Connected(4), List.of(1));
        assertTrue(StateDiff.between(BEFORE, copy).isEmpty());
    }

    @Test
    void nestedChangesHaveDottedPathsInComponentOrder() {
        State after = new State(new Thread(Phase.RUNNING, true, Queue.of("a", "b")), 2, Option.some("EIO"),
                new Connected(4), List.of(1, 2));
        assertEquals(List.of(
                new StateDiff.Change("kthread.phase", "waiting-for-work", "running"),
                new StateDiff.Change("kthread.stopRequested", "false", "true"),
                new StateDiff.Change("kthread.work", "[]", "[a, b]"),
                new StateDiff.Change("error", "none", "EIO"),
                new StateDiff.Change("log", "[1]", "[1, 2]")), StateDiff.between(BEFORE, after));
    }

    @Test
    void recordsOfTheSameTypeAreEnteredAndDifferentTypesAreOneLeaf() {
        State morePages = new State(BEFORE.kthread(), 2, Option.none(), new Connected(8), List.of(1));
        assertEquals(List.of(new StateDiff.Change("ring.pages", "4", "8")), StateDiff.between(BEFORE, morePages));

        State gone = new State(BEFORE.kthread(), 1, Option.none(), new Disconnected(), List.of(1));
        assertEquals(List.of(
                new StateDiff.Change("refs", "2", "1"),
                new StateDiff.Change("ring", "Connected[pages=4]", "Disconnected[]")), StateDiff.between(BEFORE, gone));
    }

    @Test
    void describeListsEveryLeaf() {
        assertEquals(List.of(
                new StateDiff.Change("kthread.phase", "", "waiting-for-work"),
                new StateDiff.Change("kthread.stopRequested", "", "false"),
                new StateDiff.Change("kthread.work", "", "[]"),
                new StateDiff.Change("refs", "", "2"),
                new StateDiff.Change("error", "", "none"),
                new StateDiff.Change("ring.pages", "", "4"),
                new StateDiff.Change("log", "", "[1]")), StateDiff.describe(BEFORE));
    }

    @Test
    void leavesRenderShortly() {
        assertEquals("waiting-for-work", StateDiff.render(Phase.WAITING_FOR_WORK));
        assertEquals("{1, 2}", StateDiff.render(TreeSet.of(2, 1)));
        assertEquals("{k: running}", StateDiff.render(HashMap.of("k", Phase.RUNNING)));
        assertEquals("running", StateDiff.render(Option.some(Phase.RUNNING)));
        assertEquals("null", StateDiff.render(null));
        assertEquals(List.of(new StateDiff.Change("", "1", "2")), StateDiff.between(1, 2));
    }
    record Disk(int inflight, Phase phase) { }

    record Host(io.vavr.collection.Array<Disk> disks, List<Disk> history, io.vavr.collection.Vector<Object> mixed) { }

    private static Host host(io.vavr.collection.Array<Disk> disks) {
        return new Host(disks, List.of(new Disk(0, Phase.RUNNING)), io.vavr.collection.Vector.of(new Disk(0, Phase.RUNNING), "x"));
    }

    @Test
    void anIndexedSequenceOfRecordsIsComparedRowByRow() {
        Host before = host(io.vavr.collection.Array.of(new Disk(1, Phase.RUNNING), new Disk(2, Phase.RUNNING)));
        Host after = host(io.vavr.collection.Array.of(new Disk(1, Phase.RUNNING), new Disk(0, Phase.WAITING_FOR_WORK)));
        assertEquals(List.of(new StateDiff.Change("disks[1].inflight", "2", "0"),
                        new StateDiff.Change("disks[1].phase", "running", "waiting-for-work")),
                StateDiff.between(before, after));
    }

    @Test
    void rowsOfAnotherLengthOrNotAllRecordsOrNotIndexedAreOneLeaf() {
        Host one = host(io.vavr.collection.Array.of(new Disk(1, Phase.RUNNING)));
        Host two = host(io.vavr.collection.Array.of(new Disk(1, Phase.RUNNING), new Disk(2, Phase.RUNNING)));
        assertEquals(List.of(new StateDiff.Change("disks", "[Disk[inflight=1, phase=running]]",
                "[Disk[inflight=1, phase=running], Disk[inflight=2, phase=running]]")), StateDiff.between(one, two));
        Host none = host(io.vavr.collection.Array.empty());
        assertEquals(List.of("disks"), StateDiff.between(none, one).map(StateDiff.Change::path), "an empty sequence has no rows");
        assertEquals(List.of("disks"), StateDiff.between(one, none).map(StateDiff.Change::path));

        Host mixedChanged = new Host(one.disks(), one.history(), io.vavr.collection.Vector.of(new Disk(9, Phase.RUNNING), "x"));
        assertEquals(List.of("mixed"), StateDiff.between(one, mixedChanged).map(StateDiff.Change::path), "a row that is not a record");
        Host historyChanged = new Host(one.disks(), List.of(new Disk(5, Phase.RUNNING)), one.mixed());
        assertEquals(List.of("history"), StateDiff.between(one, historyChanged).map(StateDiff.Change::path), "a linked list is not indexed");
    }

    @Test
    void describingAStateListsEveryRowsLeaves() {
        Host h = host(io.vavr.collection.Array.of(new Disk(1, Phase.RUNNING), new Disk(2, Phase.RUNNING)));
        assertEquals(List.of("disks[0].inflight", "disks[0].phase", "disks[1].inflight", "disks[1].phase", "history", "mixed"),
                StateDiff.describe(h).map(StateDiff.Change::path));
        assertEquals(List.of("disks", "history", "mixed"),
                StateDiff.describe(host(io.vavr.collection.Array.empty())).map(StateDiff.Change::path));
        assertEquals("[]", StateDiff.describe(host(io.vavr.collection.Array.empty())).head().after());
    }
}
