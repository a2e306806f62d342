import Foundation
import RingbackCore
import RingbackStore
import Testing

struct FileStoreTests {
    @Test func aMissingStoreReadsAsEmptyAndIsCreatedPrivately() throws {
        let temp = TemporaryStore()
        #expect(try temp.store.load().contacts.isEmpty)
        try temp.log(1)
        for path in [temp.store.path, temp.store.journalPath, temp.store.lockPath] {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(path)")
        }
        try temp.log(2)
        let backupMode = try FileManager.default.attributesOfItem(atPath: temp.store.backupPath)[.posixPermissions] as? Int
        #expect(backupMode == 0o600)
    }

    @Test func writesKeepThePreviousVersionAsABackup() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        let first = temp.bytes(temp.store.path)
        try temp.log(2)
        #expect(temp.bytes(temp.store.backupPath) == first)
        #expect(try temp.store.load().journal.touches == 2)
        #expect(try temp.store.touches().map(\.id) == ["t1", "t2"])
    }

    @Test func bytesPastTheCommittedJournalAreIgnoredAndCutOff() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        // An interrupted append: half a line after the committed mark.
        let handle = try #require(FileHandle(forWritingAtPath: temp.store.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data("{\"at\":\"2026-".utf8))
        handle.closeFile()
        #expect(try temp.store.touches().map(\.id) == ["t1"])
        try temp.log(2)
        #expect(try temp.store.touches().map(\.id) == ["t1", "t2"])
        let lines = String(decoding: temp.bytes(temp.store.journalPath)!, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
    }

    @Test func onlyOneContactsTouchesAreReadWhenAsked() throws {
        let temp = TemporaryStore()
        try temp.log(1, contact: "dana")
        try temp.log(2, contact: "marcus")
        try temp.log(3, contact: "dana")
        #expect(try temp.store.touches(contact: "dana").map(\.id) == ["t1", "t3"])
    }

    @Test func undoRevertsTheLastChangeAndUndoingAgainRedoesIt() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.log(2, contact: "marcus")
        let afterBoth = try temp.store.load()
        #expect(try temp.store.undo() == "log 2")
        let undone = try temp.store.load()
        #expect(undone.contacts.map(\.id) == ["dana"])
        #expect(try temp.store.touches().map(\.id) == ["t1"])
        #expect(try temp.store.undo() == "undo of: log 2")
        let redone = try temp.store.load()
        #expect(redone.contacts == afterBoth.contacts)
        #expect(try temp.store.touches().map(\.id) == ["t1", "t2"])
    }

    @Test func undoRestoresSettings() throws {
        let temp = TemporaryStore()
        try temp.store.update(summary: "config") { $0.document.settings.defaultCadence = "rapid-release" }
        _ = try temp.store.undo()
        #expect(try temp.store.load().settings.defaultCadence == nil)
    }

    @Test func nothingIsWrittenWhenTheChangeThrowsOrChangesNothing() throws {
        struct Refused: Error {}
        let temp = TemporaryStore()
        try temp.log(1)
        let before = temp.bytes(temp.store.path)
        #expect(throws: Refused.self) { try temp.store.update(summary: "x") { _ in throw Refused() } }
        try temp.store.update(summary: "nothing") { _ in }
        #expect(temp.bytes(temp.store.path) == before)
    }
}
