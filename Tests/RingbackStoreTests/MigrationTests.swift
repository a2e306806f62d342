import Foundation
import RingbackCore
import RingbackStore
import Testing

/// Stores written by earlier Ringbacks are moved to the folder layout, with a backup first.
struct MigrationTests {
    /// A schema-2 store written by Ringback 0.4.0 (`log`, `stop`, `config`, `practice`).
    func schemaTwo() throws -> TemporaryStore {
        let temp = TemporaryStore()
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures/schema2", withExtension: nil)).path
        for name in ["store.json", "store.json.touches.jsonl"] {
            try FileManager.default.copyItem(atPath: fixture + "/" + name, toPath: temp.folder + "/" + name)
        }
        return temp
    }

    @Test func aSchemaTwoStoreFromTheLastReleaseKeepsEverything() throws {
        let temp = try schemaTwo()
        let original = try #require(temp.bytes(temp.path))
        let journal = try #require(temp.bytes(temp.path + ".touches.jsonl"))
        let directory = try temp.store.directory()
        #expect(directory.map(\.name).sorted() == ["Dana Ruiz", "Renée Côté", "Sam Lee"])
        #expect(directory.first { $0.name == "Sam Lee" }?.status == .doNotContact)
        let dana = try #require(try temp.store.contact(id: "dana-ruiz"))
        #expect(dana.touches.map(\.note) == ["budget talk"])
        #expect(dana.contact.commitments.map(\.what) == ["send the budget"])
        #expect(try temp.store.settings().signature == "Ana")
        #expect(try temp.store.practice().count == 1)
        #expect(try temp.store.activity().count == 3)
        // The old files are kept as they were; the journal and old index are gone.
        #expect(temp.bytes(temp.path + ".v2.bak") == original)
        #expect(temp.bytes(temp.path + ".touches.jsonl.v2.bak") == journal)
        #expect(!FileManager.default.fileExists(atPath: temp.path + ".touches.jsonl"))
        let version = try JSONSerialization.jsonObject(with: try #require(temp.bytes(temp.path))) as? [String: Any]
        #expect(version?["schemaVersion"] as? Int == FileStore.schemaVersion)
        // Nothing to undo: the migration is not a change.
        #expect(try temp.store.history().undo.isEmpty)
    }

    @Test func aMigrationInterruptedBeforeTheStoreFileRunsAgain() throws {
        let temp = try schemaTwo()
        // Leftovers of a migration stopped before it wrote the new store file.
        try FileManager.default.createDirectory(atPath: temp.contactsFolder, withIntermediateDirectories: true)
        try temp.write("{half", to: temp.contactFile("dana-ruiz"))
        #expect(try temp.store.directory().count == 3)
        #expect(try temp.store.contact(id: "dana-ruiz")?.touches.count == 1)
    }

    @Test func aSchemaOneStoreIsMigratedWithABackup() throws {
        let temp = TemporaryStore()
        let version1 = """
            {"schemaVersion": 1, "settings": {}, "journal": {"bytes": 0, "touches": 0},
             "contacts": [{"id": "dana", "name": "Dana", "context": "sales", "status": "active", "tidbits": [], "commitments": [],
                           "history": {"touches": 0, "attemptDays": 0}, "created": "2026-11-01T09:00:00Z"}]}
            """
        try temp.write(version1, to: temp.path)
        #expect(try temp.store.directory().map(\.id) == ["dana"])
        #expect(try temp.store.practice().isEmpty)
        try temp.log(1)
        #expect(try temp.touchIDs() == ["t1"])
        #expect(temp.bytes(temp.path + ".v1.bak") == Data(version1.utf8))
    }

    @Test func aFailedStepLeavesTheFileAlone() throws {
        // A step that renames "contacts" to "people": the result lacks "contacts", so the
        // failure proves the step ran, and the file is left as it was.
        let temp = TemporaryStore(migrations: [Migration(from: 1) { $0["people"] = $0.removeValue(forKey: "contacts") }])
        let version1 = "{\"schemaVersion\": 1, \"settings\": {}, \"journal\": {\"bytes\": 0, \"touches\": 0}, \"contacts\": []}"
        try temp.write(version1, to: temp.path)
        let error = #expect(throws: StoreError.self) { try temp.store.directory() }
        #expect(error?.description.contains("after migrating from schema 1") == true)
        #expect(temp.bytes(temp.path) == Data(version1.utf8))
    }
}

/// Issue #25: a schema-2 store whose journal is missing or cut short migrated in 0.4.0 to
/// fewer touches, silently; it is refused with nothing changed, and `restore` moves it on
/// with the touches there are, saying how many are gone.
struct ShortJournalTests {
    @Test(arguments: [nil, 1])
    func aMissingOrShortJournalIsRefused(keptLines: Int?) throws {
        let temp = try MigrationTests().schemaTwo()
        let journalPath = temp.path + ".touches.jsonl"
        let lines = try String(contentsOfFile: journalPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        if let keptLines {
            // Cut inside the next line, as a partial copy would.
            try temp.write(lines.prefix(keptLines).joined(separator: "\n") + "\n" + lines[keptLines].prefix(10), to: journalPath)
        } else {
            try FileManager.default.removeItem(atPath: journalPath)
        }
        let original = temp.bytes(temp.path)
        let error = #expect(throws: StoreError.self) { try temp.store.directory() }
        guard case .shortJournal(_, _, 3, keptLines)? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(temp.bytes(temp.path) == original)
        #expect(!FileManager.default.fileExists(atPath: temp.contactsFolder))
        let report = try temp.store.restore(indexer: nil)
        #expect(report.touchesMissing == 3 - (keptLines ?? 0))
        #expect(try temp.store.activity().count == keptLines ?? 0)
        #expect(try temp.store.directory().count == 3)
    }
}
