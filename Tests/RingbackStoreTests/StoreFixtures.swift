import Foundation
import RingbackCore
import RingbackStore

/// A fresh store in its own temporary folder.
struct TemporaryStore {
    let folder: String
    let store: FileStore

    init(migrations: [Migration] = StoreMigrations.all, supportedVersion: Int = StoreDocument.currentVersion) {
        folder = NSTemporaryDirectory() + "ringback-store-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = FileStore(path: folder + "/store.json", migrations: migrations, supportedVersion: supportedVersion)
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    static func touch(_ n: Int, contact: String = "dana") -> Touch {
        Touch(id: "t\(n)", contact: contact, at: start.addingTimeInterval(TimeInterval(n * 3600)), channel: .call, outcome: .voicemail, note: "try \(n)")
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
