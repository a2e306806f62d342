import Foundation
import RingbackCore
import RingbackStore
import Testing

/// Issue #25: a sync tool's conflict copy of a contact file was read as a second contact
/// with the same id in 0.4.0; copies are never read, and are named for the user to act on.
struct ConflictCopiesTests {
    @Test func conflictCopiesAreNeverReadAndAreNamed() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.log(2, contact: "sam")
        let copies = [
            temp.folder + "/store (Ana's conflicted copy 2026-12-04).json",
            temp.contactFile("dana").replacingOccurrences(of: ".json", with: ".sync-conflict-20261204-101010-ABCDEF7.json"),
            temp.contactsFolder + "/sam (conflicted copy 2026-12-04 101010).json",
            temp.changesFolder + "/2_conflict-20261204-101010.json",
        ]
        for copy in copies {
            try FileManager.default.copyItem(
                atPath: copy.contains("/contacts/") ? temp.contactFile(copy.contains("sam") ? "sam" : "dana") : temp.path,
                toPath: copy)
        }
        // The tables rebuilt from the contact files see each contact once.
        try FileManager.default.removeItem(atPath: temp.indexFolder)
        #expect(try temp.store.directory().map(\.id).sorted() == ["dana", "sam"])
        #expect(try temp.store.allContacts().count == 2)
        #expect(try temp.store.activity().count == 2)
        #expect(temp.store.conflictCopies() == [copies[0]])
        let report = try temp.store.restore(indexer: nil)
        #expect(report.conflictCopies == copies.sorted())
        #expect(report.unrecoverable.isEmpty)
        for copy in copies { #expect(FileManager.default.fileExists(atPath: copy)) }
    }
}
