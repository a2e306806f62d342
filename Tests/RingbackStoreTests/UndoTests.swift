import Foundation
import RingbackCore
import RingbackStore
import Testing

struct UndoTests {
    @Test func undoGoesBackManyStepsAndRedoComesForward() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.log(2)
        try temp.log(3, contact: "sam")
        #expect(try temp.store.history().undo.map(\.summary) == ["log 3 to sam", "log 2 to dana", "log 1 to dana"])

        #expect(try temp.store.undo(indexer: nil)?.step.summary == "log 3 to sam")
        #expect(try temp.store.contact(id: "sam") == nil)
        #expect(try temp.store.undo(indexer: nil)?.step.summary == "log 2 to dana")
        #expect(try temp.touchIDs() == ["t1"])
        #expect(try temp.store.history().redo.map(\.summary) == ["log 2 to dana", "log 3 to sam"])

        #expect(try temp.store.redo(indexer: nil)?.step.summary == "log 2 to dana")
        #expect(try temp.touchIDs() == ["t1", "t2"])
        #expect(try temp.store.activity().count == 2)
        // A new change forgets what could be redone.
        try temp.log(4)
        #expect(try temp.store.history().redo.isEmpty)
        #expect(try temp.store.redo(indexer: nil) == nil)
        #expect(try temp.store.directory().map(\.id) == ["dana"])
    }

    @Test func undoRestoresSettingsAndPractice() throws {
        let temp = TemporaryStore()
        try temp.store.update(summary: "config", indexer: nil) { $0.settings.importsPerDay = 5 }
        let record = PracticeRecord(scenario: "s", at: TemporaryStore.start, points: 1, outOf: 2, passed: false, met: [:])
        try temp.store.update(summary: "practice", indexer: nil) { $0.addPractice(record) }
        #expect(try temp.store.practice() == [record])
        _ = try temp.store.undo(indexer: nil)
        #expect(try temp.store.practice().isEmpty)
        _ = try temp.store.undo(indexer: nil)
        #expect(try temp.store.settings().importsPerDay == 20)
        _ = try temp.store.redo(indexer: nil)
        #expect(try temp.store.settings().importsPerDay == 5)
    }

    @Test func undoRefusesWhenTheContactWasEditedByHand() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        var text = String(decoding: try #require(temp.bytes(temp.contactFile("dana"))), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"Dana\"", with: "\"Dana Ruiz\"")
        try temp.write(text, to: temp.contactFile("dana"))
        let error = #expect(throws: StoreError.self) { try temp.store.undo(indexer: nil) }
        #expect(error?.description.contains("changed outside the undo history") == true)
        #expect(temp.bytes(temp.contactFile("dana")) == Data(text.utf8))
    }

    @Test func anUndoOfAnotherSessionsChangeSaysSo() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        #expect(try temp.store.undo(indexer: nil)?.fromElsewhere == false)
        try temp.log(2)
        // The change as another terminal would have recorded it: another parent process.
        var text = String(decoding: try #require(temp.bytes(temp.path)), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"session\" : \(getppid())", with: "\"session\" : 1")
        try temp.write(text, to: temp.path)
        #expect(try temp.store.undo(indexer: nil)?.fromElsewhere == true)
    }

    @Test func theUndoHistoryIsBoundedAndOldRecordsAreDeleted() throws {
        let temp = TemporaryStore()
        for n in 1...55 { try temp.log(n) }
        #expect(try temp.store.history().undo.count == 50)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.changesFolder).count == 50)
        for _ in 1...50 { #expect(try temp.store.undo(indexer: nil) != nil) }
        #expect(try temp.store.undo(indexer: nil) == nil)
        #expect(try temp.touchIDs().count == 5)
    }
}
