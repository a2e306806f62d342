import Foundation
import RingbackCore
import RingbackStore
import Testing

struct DamagedStoreTests {
    func damaged(_ text: String) throws -> (TemporaryStore, Data) {
        let temp = TemporaryStore()
        let data = Data(text.utf8)
        try data.write(to: URL(fileURLWithPath: temp.store.path))
        return (temp, data)
    }

    @Test func aSyntaxErrorNamesLineAndColumnAndTheFileIsLeftAlone() throws {
        let (temp, original) = try damaged("{\n  \"schemaVersion\": 1,\n  \"contacts\": [,]\n}\n")
        let error = #expect(throws: StoreError.self) { try temp.store.update(summary: "x") { _ in } }
        guard case let .unparsable(path, line, column, _) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(path == temp.store.path)
        #expect((line, column) == (3, 16))
        #expect(temp.bytes(temp.store.path) == original)
        #expect(error?.description.hasPrefix("\(temp.store.path):3:16: not valid JSON") == true)
    }

    @Test(arguments: ["", "{\"schemaVersion\": 1, \"contac", "\u{0}\u{1}garbage", "[1, 2, 3]"])
    func emptyTruncatedAndGarbageFilesAreRefused(text: String) throws {
        let (temp, original) = try damaged(text)
        #expect(throws: StoreError.self) { try temp.store.update(summary: "x") { _ in } }
        #expect(throws: StoreError.self) { try temp.store.load() }
        #expect(temp.bytes(temp.store.path) == original)
    }

    @Test func aWrongShapeNamesThePlace() throws {
        let good = try JSONEncoder().encode(StoreDocument())
        var object = try JSONSerialization.jsonObject(with: good) as! [String: Any]
        object["contacts"] = [["id": "x"]]
        let (temp, _) = try damaged(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        let error = #expect(throws: StoreError.self) { try temp.store.load() }
        #expect(error?.description.contains("contacts[0]") == true)
    }

    @Test func aNewerVersionIsNeverOverwritten() throws {
        let newer = StoreDocument.currentVersion + 1
        let writer = TemporaryStore(supportedVersion: newer)
        var document = StoreDocument()
        document.schemaVersion = newer
        try StoreTestEncoding.write(document, to: writer.store.path)
        let original = writer.bytes(writer.store.path)
        let older = FileStore(path: writer.store.path)
        let error = #expect(throws: StoreError.self) { try older.update(summary: "x") { _ in } }
        guard case .newerVersion(_, newer, StoreDocument.currentVersion) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(writer.bytes(writer.store.path) == original)
    }

    @Test func aSchemaOneStoreGainsPracticeHistoryAndKeepsABackup() throws {
        let temp = TemporaryStore()
        let version1 = """
            {"schemaVersion": 1, "settings": {}, "journal": {"bytes": 0, "touches": 0},
             "contacts": [{"id": "dana", "name": "Dana", "context": "sales", "status": "active", "tidbits": [], "commitments": [],
                           "history": {"touches": 0, "attemptDays": 0}, "created": "2026-11-01T09:00:00Z"}]}
            """
        try Data(version1.utf8).write(to: URL(fileURLWithPath: temp.store.path))
        #expect(try temp.store.load().contacts.map(\.id) == ["dana"])
        try temp.log(1)
        let migrated = try temp.store.load()
        #expect(migrated.schemaVersion == StoreDocument.currentVersion)
        #expect(migrated.practice.isEmpty)
        #expect(migrated.contacts.first?.history.touches == 1)
        #expect(temp.bytes(temp.store.path + ".v1.bak") == Data(version1.utf8))
    }

    @Test func olderFilesAreMigratedForwardWithABackupFirst() throws {
        // A migration that renames "contacts" to "people", to see a step run and a bad one caught.
        let temp = TemporaryStore(
            migrations: [
                Migration(from: 1) { object in
                    object["people"] = object.removeValue(forKey: "contacts")
                }
            ], supportedVersion: 2)
        let version1 = "{\"schemaVersion\": 1, \"settings\": {}, \"journal\": {\"bytes\": 0, \"touches\": 0}, \"contacts\": []}"
        try Data(version1.utf8).write(to: URL(fileURLWithPath: temp.store.path))
        // StoreDocument still says "contacts": the migrated object lacks it, so the failure
        // proves the step ran, and the file is left alone.
        let error = #expect(throws: StoreError.self) { try temp.store.update(summary: "x") { _ in } }
        #expect(error?.description.contains("after migrating from schema 1") == true)
        #expect(temp.bytes(temp.store.path + ".v1.bak") == Data(version1.utf8))
    }
}

enum StoreTestEncoding {
    static func write(_ document: StoreDocument, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(document).write(to: URL(fileURLWithPath: path))
    }
}
