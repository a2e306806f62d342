import Foundation
import RingbackCore
import RingbackStore
import Testing

/// Issue #25: a store file and a folder (or a schema-2 journal) from different copies were
/// read as one store in 0.4.0, silently rolled back; each is refused, naming what is older,
/// with nothing changed, and `restore` is the way out.
struct PairedCopiesTests {
    /// A copy of the folder as it was, to put back later.
    func snapshot(_ temp: TemporaryStore) throws -> String {
        let copy = temp.folder + "/copy.d"
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: temp.folder + "/store.d", toPath: copy)
        return copy
    }

    func putBack(_ copy: String, as name: String, in temp: TemporaryStore) throws {
        try FileManager.default.removeItem(atPath: temp.folder + "/" + name)
        try FileManager.default.moveItem(atPath: copy, toPath: temp.folder + "/" + name)
    }

    @Test func anOlderFolderUnderANewerStoreFileIsRefused() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.log(2)
        let older = try snapshot(temp)
        try temp.log(3)
        try temp.log(4)
        try putBack(older, as: "store.d", in: temp)
        let manifest = temp.bytes(temp.path)
        for attempt in [{ _ = try temp.store.directory() }, { try temp.log(5) }] {
            let error = #expect(throws: StoreError.self) { try attempt() }
            guard case .mismatchedCopies(_, _, 4, 2)? = error else {
                Issue.record("\(String(describing: error))")
                continue
            }
            #expect(error?.description.contains("store.d is older than") == true)
        }
        #expect(temp.bytes(temp.path) == manifest)
        // Restore takes the store back to what the folder holds, and says so.
        let report = try temp.store.restore(indexer: nil)
        #expect(report.paired.map { [$0.storeAt, $0.folderAt, $0.now] } == [4, 2, 4])
        #expect(try temp.touchIDs() == ["t1", "t2"])
        try temp.log(5)
        #expect(try temp.touchIDs() == ["t1", "t2", "t5"])
    }

    @Test func anOlderStoreFileOverANewerFolderIsRefusedAndRestoreBringsItUp() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        let older = try #require(temp.bytes(temp.path))
        try temp.log(2)
        try temp.log(3)
        try older.write(to: URL(fileURLWithPath: temp.path))
        let error = #expect(throws: StoreError.self) { try temp.store.directory() }
        guard case .mismatchedCopies(_, _, 1, 3)? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(error?.description.contains("store.json is older than") == true)
        let report = try temp.store.restore(indexer: nil)
        #expect(report.paired?.now == 3)
        #expect(try temp.touchIDs() == ["t1", "t2", "t3"])
        #expect(try temp.store.history().undo.map(\.generation) == [3, 2, 1])
    }

    @Test func aChangeInterruptedBeforeTheStoreFileIsStillFinished() throws {
        // The one record past the store file is a change to finish, not a mismatch.
        let temp = TemporaryStore()
        try temp.log(1)
        let older = try #require(temp.bytes(temp.path))
        try temp.log(2)
        try older.write(to: URL(fileURLWithPath: temp.path))
        #expect(try temp.touchIDs() == ["t1", "t2"])
    }

    @Test func undoAndRedoKeepTheCopiesPaired() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.log(2)
        _ = try temp.store.undo(indexer: nil)
        _ = try temp.store.undo(indexer: nil)
        _ = try temp.store.redo(indexer: nil)
        try temp.log(3)
        #expect(try temp.touchIDs() == ["t1", "t3"])
    }
}
