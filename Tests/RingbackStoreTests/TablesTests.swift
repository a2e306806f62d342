import Foundation
import RingbackCore
import RingbackStore
import Testing

/// The derived tables: read until what they were built from changes, kept current by each
/// change's delta, rebuilt when stale or damaged.
struct TablesTests {
    @Test func reportsReadTheScheduleUntilContentOrSettingsChange() throws {
        let temp = TemporaryStore()
        let counter = CountingIndexer()
        try temp.log(1, indexer: counter.indexer())
        #expect(counter.planned == 1)
        let cached = try temp.store.schedule(indexer: counter.indexer())
        #expect(counter.planned == 1)
        #expect(cached.items.first?.company == "Tab\there")
        #expect(cached.items.first?.step.what == "line\nbreak")
        #expect(cached.items.first?.step.channel == nil)

        // Each change rebuilds only the contacts it touched.
        try temp.log(2, contact: "sam", indexer: counter.indexer())
        #expect(counter.planned == 2)
        #expect(try temp.store.schedule(indexer: counter.indexer()).items.map(\.step.contact).sorted() == ["dana", "sam"])
        #expect(counter.planned == 2)
        // Other content, or other settings: everyone is planned again, once.
        _ = try temp.store.schedule(indexer: counter.indexer(fingerprint: "content-b"))
        #expect(counter.planned == 4)
        try temp.store.update(summary: "config", indexer: counter.indexer(fingerprint: "content-b")) { $0.settings.importsPerDay = 3 }
        _ = try temp.store.schedule(indexer: counter.indexer(fingerprint: "content-b"))
        _ = try temp.store.schedule(indexer: counter.indexer(fingerprint: "content-b"))
        #expect(counter.planned == 6)
    }

    @Test func aWriteWithoutAnIndexerLeavesTheScheduleToBeRebuiltOnce() throws {
        let temp = TemporaryStore()
        let counter = CountingIndexer()
        try temp.log(1, indexer: counter.indexer())
        try temp.log(2)
        let schedule = try temp.store.schedule(indexer: counter.indexer())
        #expect(schedule.items.first?.step.attempt == 2)
        #expect(counter.planned == 2)
        _ = try temp.store.schedule(indexer: counter.indexer())
        #expect(counter.planned == 2)
    }

    /// The figures table adds up to what the touches say, through changes, undo and a rebuild.
    @Test func figuresAddUpToWhatTheTouchesSay() throws {
        let temp = TemporaryStore()
        let outcomes: [Outcome] = [.noAnswer, .voicemail, .connected, .noAnswer, .replied, .connected]
        for (n, outcome) in outcomes.enumerated() {
            try temp.store.update(summary: "log", indexer: nil) { change in
                let id = n % 2 == 0 ? "dana" : "sam"
                change.book.put(try change.book.contact(id: id) ?? Contact(id: id, name: id, created: TemporaryStore.start))
                var touch = TemporaryStore.touch(n, contact: id)
                touch.outcome = outcome
                touch.setNext = n == 2 ? true : nil
                change.append(touch)
            }
        }
        func expected() throws -> ActivityFigures { ActivityFigures(touches: try temp.store.allContacts().flatMap(\.touches)) }
        let figures = try temp.store.figures()
        #expect(figures.conversations == 2 && figures.conversationsWithNextTime == 1)
        #expect(figures.attemptsBeforeReplies.sorted() == [1, 2])  // dana: no answer, connected; sam: voicemail, no answer, replied
        #expect(figures.repliesByChannel == ["call": 3])
        _ = try temp.store.undo(indexer: nil)
        #expect(try temp.store.figures().conversations == 1)
        #expect(try temp.store.figures().repliesByChannel == (try expected()).repliesByChannel)
        try temp.write("garbage\n", to: temp.indexFolder + "/figures.tsv")
        #expect(try temp.store.figures().conversations == (try expected()).conversations)
    }

    @Test func damagedOrTornTablesAreRebuiltFromTheContactFiles() throws {
        let temp = TemporaryStore()
        let counter = CountingIndexer()
        try temp.log(1, indexer: counter.indexer())
        try temp.log(2, contact: "sam", indexer: counter.indexer())
        let delta = temp.indexFolder + "/directory.tsv.delta"
        // Half a block: rows without the line that closes them.
        let handle = try #require(FileHandle(forWritingAtPath: delta))
        handle.seekToEndOfFile()
        handle.write(Data("dana\tDana\t\tdana\tsales\tactive\tactive\t9\t\n".utf8))
        handle.closeFile()
        #expect(try temp.store.directory().map(\.touches) == [1, 1])
        try temp.write("garbage\n", to: temp.indexFolder + "/schedule.tsv")
        #expect(try temp.store.schedule(indexer: counter.indexer()).items.count == 2)
        #expect(counter.planned == 4)
    }

    @Test func aGrowingDeltaIsFoldedIntoTheBaseAndNothingIsLost() throws {
        let temp = TemporaryStore()
        for n in 1...300 { try temp.log(n, contact: "contact-with-a-rather-long-identifier-\(n % 7)") }
        let directory = try temp.store.directory()
        #expect(directory.count == 7)
        #expect(directory.map(\.touches).reduce(0, +) == 300)
        #expect(try temp.store.activity().count == 300)
        // Folded at least once: the base was rewritten after the first change.
        let base = String(decoding: try #require(temp.bytes(temp.indexFolder + "/directory.tsv")), as: UTF8.self)
        let generation = try #require(Int(base.split(separator: "\t")[1]))
        #expect(generation > 1)
        #expect((try? FileManager.default.attributesOfItem(atPath: temp.indexFolder + "/directory.tsv.delta")[.size] as? Int) ?? 0 < 20_000)
    }
}

/// Finding a person reads the directory's rows for the first word typed, not everyone.
struct DirectoryLookupTests {
    func store(_ names: [String]) throws -> TemporaryStore {
        let temp = TemporaryStore()
        try temp.store.update(summary: "add", indexer: nil) { change in
            for (n, name) in names.enumerated() { change.book.put(Contact(id: "c\(n)", name: name, created: TemporaryStore.start)) }
        }
        return temp
    }

    @Test func candidatesHaveWordsStartingWithTheWordsTypedInOrder() throws {
        let temp = try store(["Dana Ruiz", "Ruiz Dana", "Daniel Okafor", "Zoë Lambert", "Adana Bey"])
        #expect(try temp.store.candidates(for: "dan").map(\.name).sorted() == ["Dana Ruiz", "Daniel Okafor", "Ruiz Dana"])
        #expect(try temp.store.candidates(for: "dana r").map(\.name) == ["Dana Ruiz"])
        #expect(try temp.store.candidates(for: "ZOE l").map(\.name) == ["Zoë Lambert"])
        #expect(try temp.store.candidates(for: "  ").isEmpty)
        #expect(try temp.store.everyone().count == 5)
    }

    @Test func aBookOverTheStoreMatchesAsNameMatcherDoesAndSuggestsTypos() throws {
        let temp = try store(["Dana Ruiz", "Dana Ruiz-Lopez", "Sam Lee"])
        var book = ContactBook(directory: temp.store) { try temp.store.contact(id: $0)?.contact }
        guard case .found(let sam) = try book.match("sam") else {
            Issue.record("sam not found")
            return
        }
        #expect(sam.name == "Sam Lee")
        guard case .ambiguous(let danas) = try book.match("dana r") else {
            Issue.record("not ambiguous")
            return
        }
        #expect(danas.count == 2)
        #expect(try book.closest("Sma Lee")?.name == "Sam Lee")
        // A contact this change puts is found before it is written.
        book.put(Contact(id: "new", name: "Priya Natarajan", created: TemporaryStore.start))
        guard case .found(let priya) = try book.match("priya") else {
            Issue.record("priya not found")
            return
        }
        #expect(priya.id == "new")
        #expect(try book.takenIDs() == ["c0", "c1", "c2", "new"])
    }
}
