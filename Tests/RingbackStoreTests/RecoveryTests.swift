import Foundation
import RingbackCore
import RingbackStore
import Testing

struct RecoveryTests {
    /// A store stopped half-way through its second change: the change record written, the
    /// contact file and the store file still as before it.
    func interrupted() throws -> (TemporaryStore, Data) {
        let temp = TemporaryStore()
        try temp.log(1)
        let storeFile = try #require(temp.bytes(temp.path))
        let contactFile = try #require(temp.bytes(temp.contactFile("dana")))
        try temp.log(2)
        try storeFile.write(to: URL(fileURLWithPath: temp.path))
        try contactFile.write(to: URL(fileURLWithPath: temp.contactFile("dana")))
        return (temp, storeFile)
    }

    @Test func aChangeInterruptedAfterItsRecordIsFinishedAtTheNextStart() throws {
        let (temp, _) = try interrupted()
        #expect(try temp.touchIDs() == ["t1", "t2"])
        #expect(try temp.store.directory().first?.touches == 2)
        #expect(try temp.store.history().undo.count == 2)
        try temp.log(3)
        #expect(try temp.touchIDs() == ["t1", "t2", "t3"])
    }

    @Test func aDamagedContactFileIsReportedWithItsPlaceAndRestoredFromTheLastChange() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.log(2)
        try temp.log(3, contact: "sam")
        let damaged = "{\n  \"contact\": {,\n"
        try temp.write(damaged, to: temp.contactFile("dana"))
        let error = #expect(throws: StoreError.self) { try temp.log(4) }
        #expect(error?.description.hasPrefix("\(temp.contactFile("dana")):2:15: not valid JSON") == true)
        #expect(error?.description.contains("ringback restore") == true)
        #expect(temp.bytes(temp.contactFile("dana")) == Data(damaged.utf8))

        let report = try temp.store.restore(indexer: nil)
        #expect(report.filesRestored == [temp.contactFile("dana")])
        #expect(report.keptDamaged == [temp.contactFile("dana") + ".damaged"])
        #expect(try temp.touchIDs() == ["t1", "t2"])
        #expect(temp.bytes(temp.contactFile("dana") + ".damaged") == Data(damaged.utf8))
        try temp.log(4)
        #expect(try temp.touchIDs() == ["t1", "t2", "t4"])
    }

    @Test func aDamagedStoreFileIsRebuiltWithEveryChangeKept() throws {
        let temp = TemporaryStore()
        try temp.store.update(summary: "config", indexer: nil) { $0.settings.importsPerDay = 7 }
        try temp.log(1)
        try temp.log(2)
        try temp.write("{\"schemaVersion\": 3, \"gener", to: temp.path)
        #expect(throws: StoreError.self) { try temp.store.directory() }
        let report = try temp.store.restore(indexer: nil)
        #expect(report.storeFileRebuilt)
        #expect(try temp.store.settings().importsPerDay == 7)
        try temp.log(3)
        #expect(try temp.touchIDs() == ["t1", "t2", "t3"])
        #expect(try temp.store.history().undo.count >= 2)
    }

    @Test func aDamagedStoreFileWithoutABackupIsRebuiltFromItsNewestChangeRecord() throws {
        let temp = TemporaryStore()
        try temp.store.update(summary: "config", indexer: nil) { $0.settings.importsPerDay = 7 }
        #expect(!FileManager.default.fileExists(atPath: temp.path + ".bak"))
        try temp.write("{\"schemaVersion\": 3, \"gener", to: temp.path)
        _ = try temp.store.restore(indexer: nil)
        #expect(try temp.store.settings().importsPerDay == 7)
        #expect(try temp.store.history().undo.map(\.summary) == ["config"])
    }

    @Test func aDamagedSchemaTwoStoreKeepsEveryTouchLoggedAfterItsBackup() throws {
        let temp = TemporaryStore()
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures/schema2", withExtension: nil)).path
        // The backup is the store as it was before the last three touches were committed.
        var old =
            try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: fixture + "/store.json"))) as! [String: Any]
        old["journal"] = ["bytes": 0, "touches": 0]
        try JSONSerialization.data(withJSONObject: old).write(to: URL(fileURLWithPath: temp.path + ".bak"))
        try FileManager.default.copyItem(atPath: fixture + "/store.json.touches.jsonl", toPath: temp.path + ".touches.jsonl")
        try temp.write("{\"schemaVersion\": 2, \"contacts\": [", to: temp.path)

        let report = try temp.store.restore(indexer: nil)
        #expect(report.fromLegacyBackup)
        #expect(try temp.store.activity().count == 3)
        #expect(try temp.store.directory().count == 3)
    }
}

/// Issue #25: files 0.4.0's message said `restore` rebuilds, which it did not.
struct RestoreReachesEveryFileTests {
    @Test func aDamagedPracticeListIsRebuiltFromTheLastChangeThatWroteIt() throws {
        let temp = TemporaryStore()
        let record = PracticeRecord(scenario: "s", at: TemporaryStore.start, points: 1, outOf: 2, passed: false, met: [:])
        try temp.store.update(summary: "practice", indexer: nil) { $0.addPractice(record) }
        let practice = temp.folder + "/store.d/practice.json"
        try temp.write("[{\"scenario\": ", to: practice)
        let error = #expect(throws: StoreError.self) { _ = try temp.store.practice() }
        #expect(error?.description.contains("ringback restore") == true)
        let report = try temp.store.restore(indexer: nil)
        #expect(report.filesRestored == [practice])
        #expect(try temp.store.practice() == [record])
        #expect(FileManager.default.fileExists(atPath: practice + ".damaged"))
    }

    @Test func aDamagedChangeRecordIsSetAsideAndOnlyItsUndoIsLost() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.log(2)
        try temp.write("{\"step\": ", to: temp.changesFolder + "/1.json")
        let error = #expect(throws: StoreError.self) {
            _ = try temp.store.undo(indexer: nil)
            _ = try temp.store.undo(indexer: nil)
        }
        #expect(error?.description.contains("ringback restore") == true)
        let report = try temp.store.restore(indexer: nil)
        #expect(report.keptDamaged == [temp.changesFolder + "/1.json.damaged"])
        // The first undo went through (change 2 is on the redo list); the second met the damage.
        #expect(try temp.store.history().undo.isEmpty)
        #expect(try temp.store.history().redo.map(\.generation) == [2])
        #expect(try temp.touchIDs() == ["t1"])
        try temp.log(3)
        #expect(try temp.touchIDs() == ["t1", "t3"])
    }
}
