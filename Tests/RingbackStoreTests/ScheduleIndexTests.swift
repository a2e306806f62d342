import Foundation
import RingbackCore
import RingbackStore
import Testing

struct ScheduleIndexTests {
    final class Counter: @unchecked Sendable { var builds = 0 }

    func indexer(_ counter: Counter, fingerprint: String = "content-a") -> Indexer {
        Indexer(fingerprint: fingerprint) { document in
            counter.builds += 1
            return document.contacts.map { contact in
                AgendaItem(
                    name: contact.name, company: "Tab\there",
                    step: NextStep(
                        contact: contact.id, due: TemporaryStore.start, timed: true, channel: nil, kind: .release,
                        technique: "t", script: "s", attempt: 2, what: "line\nbreak"))
            }
        }
    }

    @Test func reportsReadTheIndexUntilTheStoreOrContentChanges() throws {
        let temp = TemporaryStore()
        let counter = Counter()
        try temp.store.update(summary: "add", indexer: indexer(counter)) { change in
            change.document.contacts.append(Contact(id: "dana", name: "Dana Ruiz", created: TemporaryStore.start))
        }
        #expect(counter.builds == 1)
        let cached = try temp.store.schedule(indexer: indexer(counter))
        #expect(counter.builds == 1)
        #expect(cached.items.first?.company == "Tab\there")
        #expect(cached.items.first?.step.what == "line\nbreak")
        #expect(cached.items.first?.step.channel == nil)

        // A write without an indexer leaves the index stale: it is rebuilt once, then cached.
        try temp.log(5)
        _ = try temp.store.schedule(indexer: indexer(counter))
        #expect(counter.builds == 2)
        _ = try temp.store.schedule(indexer: indexer(counter))
        #expect(counter.builds == 2)
        _ = try temp.store.schedule(indexer: indexer(counter, fingerprint: "content-b"))
        #expect(counter.builds == 3)
    }

    @Test func aDamagedIndexIsRebuilt() throws {
        let temp = TemporaryStore()
        let counter = Counter()
        try temp.store.update(summary: "add", indexer: indexer(counter)) { change in
            change.document.contacts.append(Contact(id: "dana", name: "Dana", created: TemporaryStore.start))
        }
        var text = String(decoding: FileManager.default.contents(atPath: temp.store.indexPath)!, as: UTF8.self)
        text += "garbage\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temp.store.indexPath))
        let schedule = try temp.store.schedule(indexer: indexer(counter))
        #expect(counter.builds == 2)
        #expect(schedule.items.count == 1)
    }
}
