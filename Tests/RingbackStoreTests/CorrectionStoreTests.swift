import Foundation
import RingbackCore
import RingbackStore
import Testing

/// The store's side of corrections: a change that replaces a contact's touches or removes a
/// contact is recorded like any other (undo brings back the files), and a touch is found by
/// the start of its id through the activity table.
struct CorrectionStoreTests {
    @Test func replacedTouchesAndARemovedContactAreUndoneWhole() throws {
        let temp = TemporaryStore()
        let indexer = CountingIndexer().indexer()
        try temp.log(1, indexer: indexer)
        try temp.log(2, indexer: indexer)
        try temp.log(3, contact: "sam", indexer: indexer)
        let before = try #require(try temp.store.contact(id: "sam"))

        try temp.store.update(summary: "merge sam into dana", indexer: indexer) { change in
            var dana = try #require(try change.book.contact(id: "dana"))
            let moved = try change.touches(of: "sam").map { touch -> Touch in
                var touch = touch
                touch.contact = "dana"
                return touch
            }
            dana.history.touches = 3
            change.book.put(dana)
            change.replaceTouches(of: "dana", with: try change.touches(of: "dana") + moved)
            change.book.remove(id: "sam")
            #expect(try change.book.contact(id: "sam") == nil)
            #expect(try change.book.everyone().map(\.id) == ["dana"])
        }
        #expect(try temp.store.contact(id: "sam") == nil)
        #expect(!FileManager.default.fileExists(atPath: temp.contactFile("sam")))
        #expect(try temp.touchIDs() == ["t1", "t2", "t3"])
        #expect(try temp.store.directory().map(\.id) == ["dana"])
        #expect(try temp.store.contacts(withTouch: "t3") == ["dana"])
        #expect(try temp.store.schedule(indexer: indexer).items.map(\.step.contact) == ["dana"])

        #expect(try temp.store.undo(indexer: indexer)?.step.summary == "merge sam into dana")
        #expect(try temp.store.contact(id: "sam") == before)
        #expect(try temp.touchIDs() == ["t1", "t2"])
        #expect(try temp.store.contacts(withTouch: "t3") == ["sam"])
        #expect(try temp.store.directory().map(\.id).sorted() == ["dana", "sam"])
        _ = try temp.store.redo(indexer: indexer)
        #expect(try temp.store.contact(id: "sam") == nil)
    }

    @Test func aTouchIsFoundByTheStartOfItsID() throws {
        let temp = TemporaryStore()
        let ids = ["3f2a9c1b-aaaa", "3f2a77de-bbbb", "A0B1C2D3-cccc"]
        try temp.store.update(summary: "log", indexer: nil) { change in
            for (n, id) in ids.enumerated() {
                let contact = n == 2 ? "sam" : "dana"
                change.book.put(Contact(id: contact, name: contact, created: TemporaryStore.start))
                var touch = TemporaryStore.touch(n, contact: contact)
                touch.id = id
                change.append(touch)
            }
        }
        #expect(try temp.store.contacts(withTouch: "3f2a") == ["dana"])
        #expect(try temp.store.contacts(withTouch: "a0b1") == ["sam"])  // ids are matched without case
        #expect(try temp.store.contacts(withTouch: "3f2a9c1b-aaaa") == ["dana"])  // longer than the table keeps
        #expect(try temp.store.contacts(withTouch: "ffff").isEmpty)
        #expect(try temp.store.activity().map(\.id).sorted() == ["3f2a77de", "3f2a9c1b", "a0b1c2d3"])
    }

    @Test func anActivityTableWithoutIDsIsRebuiltOnce() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        // A table written before touch ids were kept: five fields a row, no stamp.
        let base = temp.indexFolder + "/activity.tsv"
        let old = try #require(temp.bytes(base).map { String(decoding: $0, as: UTF8.self) })
        let header = try #require(old.split(separator: "\n").first)
        let rewritten = old.split(separator: "\n").dropFirst().map { line -> String in
            line.hasPrefix("=") ? String(line) : line.split(separator: "\t").prefix(5).joined(separator: "\t")
        }
        try temp.write(header.replacingOccurrences(of: "\tids", with: "\t") + "\n" + rewritten.joined(separator: "\n") + "\n", to: base)
        #expect(try temp.store.contacts(withTouch: "t1") == ["dana"])
        #expect(try temp.store.activity().map(\.id) == ["t1"])
    }
}
