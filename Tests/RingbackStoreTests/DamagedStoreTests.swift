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
        guard case let .unparsable(path, line, column, _) = error else { Issue.record("\(String(describing: error))"); return }
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
        let writer = TemporaryStore(supportedVersion: 2)
        var document = StoreDocument()
        document.schemaVersion = 2
        try StoreTestEncoding.write(document, to: writer.store.path)
        let original = writer.bytes(writer.store.path)
        let older = FileStore(path: writer.store.path)
        let error = #expect(throws: StoreError.self) { try older.update(summary: "x") { _ in } }
        guard case .newerVersion(_, 2, 1) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(writer.bytes(writer.store.path) == original)
    }

    @Test func olderFilesAreMigratedForwardWithABackupFirst() throws {
        // A made-up schema 2 that renames "contacts" to "people", to exercise the mechanism.
        let temp = TemporaryStore(migrations: [Migration(from: 1) { object in
            object["people"] = object.removeValue(forKey: "contacts")
        }], supportedVersion: 2)
        let version1 = "{\"schemaVersion\": 1, \"settings\": {}, \"journal\": {\"bytes\": 0, \"touches\": 0}, \"contacts\": []}"
        try Data(version1.utf8).write(to: URL(fileURLWithPath: temp.store.path))
        // Schema 2 documents are decoded by StoreDocument, which still says "contacts": the
        // migrated object lacks it, so the failure proves the step ran.
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
