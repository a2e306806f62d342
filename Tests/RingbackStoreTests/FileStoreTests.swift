import Foundation
import RingbackCore
import RingbackStore
import Testing

struct FileStoreTests {
    func mode(_ path: String) throws -> Int? { try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int }

    @Test func aMissingStoreReadsAsEmptyAndIsCreatedPrivately() throws {
        let temp = TemporaryStore()
        #expect(try temp.store.directory().isEmpty)
        #expect(try temp.store.activity().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: temp.path))
        try temp.log(1)
        try temp.log(2)
        for path in [temp.path, temp.path + ".bak", temp.path + ".lock", temp.contactFile("dana"), temp.changesFolder + "/2.json"] {
            #expect(try mode(path) == 0o600, "\(path)")
        }
        for folder in [temp.folder + "/store.d", temp.contactsFolder, temp.changesFolder, temp.indexFolder] {
            #expect(try mode(folder) == 0o700, "\(folder)")
        }
    }

    @Test func eachContactIsOneFileWithItsTouchesAndOtherFilesAreNotRewritten() throws {
        let temp = TemporaryStore()
        try temp.log(1, contact: "dana")
        try temp.log(2, contact: "sam")
        let samBefore = try FileManager.default.attributesOfItem(atPath: temp.contactFile("sam"))
        try temp.log(3, contact: "dana")
        let samAfter = try FileManager.default.attributesOfItem(atPath: temp.contactFile("sam"))
        #expect(samBefore[.systemFileNumber] as? Int == samAfter[.systemFileNumber] as? Int)
        #expect(try temp.touchIDs("dana") == ["t1", "t3"])
        #expect(try temp.touchIDs("sam") == ["t2"])
        // A person can read it with jq: plain JSON with the record and its touches.
        let object = try JSONSerialization.jsonObject(with: try #require(temp.bytes(temp.contactFile("dana")))) as? [String: Any]
        #expect((object?["contact"] as? [String: Any])?["name"] as? String == "Dana")
        #expect((object?["touches"] as? [Any])?.count == 2)
        #expect(try temp.store.directory().map(\.id).sorted() == ["dana", "sam"])
        #expect(try temp.store.activity().count == 3)
    }

    @Test func nothingIsWrittenWhenTheChangeThrowsOrChangesNothing() throws {
        struct Refused: Error {}
        let temp = TemporaryStore()
        try temp.log(1)
        let before = temp.bytes(temp.path)
        #expect(throws: Refused.self) {
            try temp.store.update(summary: "x", indexer: nil) { change in
                change.book.put(Contact(id: "sam", name: "Sam", created: TemporaryStore.start))
                throw Refused()
            }
        }
        try temp.store.update(summary: "nothing", indexer: nil) { change in
            if let dana = try change.book.contact(id: "dana") { change.book.put(dana) }
        }
        #expect(temp.bytes(temp.path) == before)
        #expect(!FileManager.default.fileExists(atPath: temp.contactFile("sam")))
        #expect(try temp.store.history().undo.count == 1)
    }

    @Test func aSymlinkedStoreIsWrittenThroughToItsTarget() throws {
        let temp = TemporaryStore()
        let synced = temp.folder + "/Sync"
        try FileManager.default.createDirectory(atPath: synced, withIntermediateDirectories: true)
        let link = temp.folder + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "Sync/store.json")
        let store = FileStore(path: link)
        try store.update(summary: "add", indexer: nil) { change in
            change.book.put(Contact(id: "dana", name: "Dana", created: TemporaryStore.start))
        }
        try store.update(summary: "add", indexer: nil) { change in
            change.book.put(Contact(id: "sam", name: "Sam", created: TemporaryStore.start))
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "Sync/store.json")
        #expect(FileManager.default.fileExists(atPath: synced + "/store.d/contacts/sam.json"))
        #expect(try FileStore(path: synced + "/store.json").directory().count == 2)
        #expect(!FileManager.default.fileExists(atPath: temp.folder + "/link.d"))
    }

    @Test func idsThatAreNotFileNamesStayInTheFolder() throws {
        let temp = TemporaryStore()
        try temp.store.update(summary: "add", indexer: nil) { change in
            change.book.put(Contact(id: "../x/.y", name: "Odd", created: TemporaryStore.start))
        }
        #expect(try temp.store.contact(id: "../x/.y")?.contact.name == "Odd")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.contactsFolder) == ["%2E%2E%2Fx%2F%2Ey.json"])
    }

    @Test func aWriterWaitingForTheLockSaysWhoHoldsItThenGivesUp() throws {
        var told: [String] = []
        let temp = TemporaryStore(lockTimeout: 1.5, waiting: { told.append($0) })
        try temp.log(1)
        let fd = open(temp.folder + "/store.d", O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let error = #expect(throws: StoreError.self) { try temp.log(2) }
        guard case .busy(_, _, 2)? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(told.count == 1)
        #expect(told.first?.contains("waiting for the store") == true)
        #expect(error?.description.contains("nothing was changed") == true)
        flock(fd, LOCK_UN)
        #expect(try temp.touchIDs() == ["t1"])
    }

    /// The lock is on the store's folder: a lock file deleted while a writer holds the lock
    /// (a sync tool, a cleanup script) no longer lets a second writer in (0.4.0 made a new
    /// lock file and wrote alongside the holder).
    @Test func deletingTheLockFileDoesNotLetASecondWriterIn() throws {
        let temp = TemporaryStore(lockTimeout: 0.5, waiting: { _ in })
        try temp.log(1)
        let fd = open(temp.folder + "/store.d", O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        unlink(temp.path + ".lock")
        #expect(throws: StoreError.self) { try temp.log(2) }
        flock(fd, LOCK_UN)
        try temp.log(3)
        #expect(try temp.touchIDs() == ["t1", "t3"])
    }

    /// A temporary file is removed as stale only when the process that wrote it has ended.
    @Test func aLiveWritersTemporaryFileIsNeverRemoved() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        let live = temp.contactsFolder + "/dana.json.tmp.1"
        let dead = temp.contactsFolder + "/dana.json.tmp.2147483000"
        for file in [live, dead] { #expect(FileManager.default.createFile(atPath: file, contents: Data("{".utf8))) }
        _ = try temp.store.restore(indexer: nil)
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(!FileManager.default.fileExists(atPath: dead))
    }
}
