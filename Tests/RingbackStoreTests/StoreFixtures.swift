import Foundation
import RingbackCore
import RingbackStore
import RingbackTestSupport

/// A fresh store in its own temporary folder.
struct TemporaryStore {
    private let temporary = TemporaryFolder("store-tests")
    var folder: String { temporary.path }
    var path: String { folder + "/store.json" }
    var contactsFolder: String { folder + "/store.d/contacts" }
    var indexFolder: String { folder + "/store.d/index" }
    var changesFolder: String { folder + "/store.d/changes" }
    let store: FileStore

    init(migrations: [Migration] = StoreMigrations.all, lockTimeout: TimeInterval? = nil, waiting: ((String) -> Void)? = nil) {
        store = FileStore(path: temporary.path + "/store.json", migrations: migrations, lockTimeout: lockTimeout, waiting: waiting)
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
    func write(_ text: String, to path: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
    func contactFile(_ id: String) -> String { contactsFolder + "/\(id).json" }

    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    static func touch(_ n: Int, contact: String = "dana") -> Touch {
        Touch(
            id: "t\(n)", contact: contact, at: start.addingTimeInterval(TimeInterval(n * 3600)), channel: .call, outcome: .voicemail,
            note: "try \(n)")
    }

    /// Logs one touch to `contact`, creating it if needed.
    func log(_ n: Int, contact: String = "dana", indexer: Indexer? = nil) throws {
        try store.update(summary: "log \(n) to \(contact)", indexer: indexer) { change in
            var record = try change.book.contact(id: contact) ?? Contact(id: contact, name: contact.capitalized, created: Self.start)
            record.history.touches += 1
            change.book.put(record)
            change.append(Self.touch(n, contact: contact))
        }
    }

    /// Touch ids in a contact's file.
    func touchIDs(_ contact: String = "dana") throws -> [String] { try store.contact(id: contact)?.touches.map(\.id) ?? [] }
}

/// An indexer that counts the contacts it plans: one agenda item each.
final class CountingIndexer: @unchecked Sendable {
    var planned = 0

    func indexer(fingerprint: String = "content-a") -> Indexer {
        Indexer(fingerprint: fingerprint) { _, contacts in
            self.planned += contacts.count
            return contacts.map { contact in
                AgendaItem(
                    name: contact.name, company: "Tab\there",
                    step: NextStep(
                        contact: contact.id, due: TemporaryStore.start.addingTimeInterval(TimeInterval(contact.history.touches * 60)),
                        timed: true, channel: nil, kind: .release, technique: "t", script: "s", attempt: contact.history.touches,
                        what: "line\nbreak"))
            }
        }
    }
}
