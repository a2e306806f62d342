import Foundation
import RingbackCore
import RingbackStore
import RingbackTestSupport

/// A fresh store in its own temporary folder.
struct TemporaryStore {
    private let temporary = TemporaryFolder("store-tests")
    var folder: String { temporary.path }
    let store: FileStore

    init(migrations: [Migration] = StoreMigrations.all, supportedVersion: Int = StoreDocument.currentVersion) {
        store = FileStore(path: temporary.path + "/store.json", migrations: migrations, supportedVersion: supportedVersion)
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    static func touch(_ n: Int, contact: String = "dana") -> Touch {
        Touch(
            id: "t\(n)", contact: contact, at: start.addingTimeInterval(TimeInterval(n * 3600)), channel: .call, outcome: .voicemail,
            note: "try \(n)")
    }

    /// Logs one touch to `contact`, creating it if needed.
    func log(_ n: Int, contact: String = "dana") throws {
        try store.update(summary: "log \(n)") { change in
            if change.document.contact(id: contact) == nil {
                change.document.contacts.append(Contact(id: contact, name: contact.capitalized, created: Self.start))
            }
            let index = change.document.contacts.firstIndex { $0.id == contact }!
            change.document.contacts[index].history.touches += 1
            change.append(Self.touch(n, contact: contact))
        }
    }
}
