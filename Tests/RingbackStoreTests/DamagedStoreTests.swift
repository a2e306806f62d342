import Foundation
import RingbackCore
import RingbackStore
import Testing

struct DamagedStoreTests {
    @Test func aSyntaxErrorNamesLineAndColumnAndTheFileIsLeftAlone() throws {
        let temp = TemporaryStore()
        let original = "{\n  \"schemaVersion\": 3,\n  \"settings\": [,]\n}\n"
        try temp.write(original, to: temp.path)
        let error = #expect(throws: StoreError.self) { try temp.log(1) }
        guard case let .unparsable(path, line, column, _)? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(path == temp.path)
        #expect((line, column) == (3, 16))
        #expect(temp.bytes(temp.path) == Data(original.utf8))
        #expect(error?.description.contains("`ringback restore`") == true)
    }

    @Test(arguments: ["", "{\"schemaVersion\": 3, \"gener", "\u{0}\u{1}garbage", "[1, 2, 3]", "{\"settings\": {}}"])
    func emptyTruncatedAndGarbageFilesAreRefused(text: String) throws {
        let temp = TemporaryStore()
        try temp.write(text, to: temp.path)
        #expect(throws: StoreError.self) { try temp.log(1) }
        #expect(throws: StoreError.self) { try temp.store.directory() }
        #expect(temp.bytes(temp.path) == Data(text.utf8))
        #expect(!FileManager.default.fileExists(atPath: temp.contactsFolder))
    }

    /// Issue #25: a huge or negative number in a store file (0.4.0 crashed on overflow, for
    /// every command, `restore` included) is refused with its place, and `restore` rebuilds.
    @Test(arguments: ["9223372036854775807", "-1", "1e300"])
    func aNumberOutOfRangeIsRefusedWithItsPlace(number: String) throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.log(2)
        let good = try String(contentsOfFile: temp.path, encoding: .utf8)
        let bad = good.replacingOccurrences(of: #""generation" : 2"#, with: #""generation" : \#(number)"#)
        #expect(bad != good)
        try temp.write(bad, to: temp.path)
        let error = #expect(throws: StoreError.self) { try temp.log(3) }
        guard case let .unparsable(path, _, _, problem)? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(path == temp.path)
        #expect(problem.contains("\(number) is out of range"))
        _ = try temp.store.restore(indexer: nil)
        try temp.log(3)
        #expect(try temp.touchIDs() == ["t1", "t2", "t3"])
    }

    /// Issue #25: store.json copied without store.d read as "No contacts." with exit 0 in
    /// 0.4.0; it is refused, naming the missing folder, and nothing is written.
    @Test func aStoreFileWithoutItsFolderIsRefused() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        let manifest = temp.bytes(temp.path)
        try FileManager.default.removeItem(atPath: temp.folder + "/store.d")
        for attempt in [{ _ = try temp.store.directory() }, { try temp.log(2) }] {
            let error = #expect(throws: StoreError.self) { try attempt() }
            guard case .missingFolder(_, let folder, 1)? = error else {
                Issue.record("\(String(describing: error))")
                continue
            }
            #expect(folder == temp.folder + "/store.d")
        }
        #expect(temp.bytes(temp.path) == manifest)
    }

    @Test func aWrongShapeNamesThePlace() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.write("{\"contact\": {\"id\": \"dana\"}, \"touches\": []}", to: temp.contactFile("dana"))
        let error = #expect(throws: StoreError.self) { try temp.log(2) }
        #expect(error?.description.contains("contact is missing 'name'") == true)
    }

    @Test func aNewerVersionIsNeverOverwritten() throws {
        let temp = TemporaryStore()
        let newer = "{\"schemaVersion\": \(FileStore.schemaVersion + 1), \"somethingNew\": true}"
        try temp.write(newer, to: temp.path)
        let error = #expect(throws: StoreError.self) { try temp.log(1) }
        guard case .newerVersion(_, FileStore.schemaVersion + 1, FileStore.schemaVersion)? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(temp.bytes(temp.path) == Data(newer.utf8))
    }
}
