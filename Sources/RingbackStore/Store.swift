import Foundation
import RingbackCore

/// What the rest of Ringback asks of a store, whatever keeps it: the JSON folder
/// (`FileStore`) or a team's PostgreSQL database (`PostgresStore`, in RingbackPostgres).
/// Every read is consistent; every `update` is all or nothing.
public protocol Store: AnyObject, Sendable, ContactDirectory {
    /// Where it is, as the user would name it in a message.
    var location: String { get }
    func settings() throws -> Settings
    /// Everyone, as the directory lists them (no records read).
    func directory() throws -> [ContactSummary]
    /// One contact's file: the record and its touches.
    func contact(id: String) throws -> StoredContact?
    /// Every contact's file (export, search, review: they need notes).
    func allContacts() throws -> [StoredContact]
    /// Every touch as the user's figures need it (no notes, the id shortened), oldest first;
    /// only those at or after `since` when given.
    func activity(since: Date?) throws -> [Touch]
    /// The ids of the contacts holding a touch whose id starts with `prefix` (at least 8
    /// characters of an id are kept in the activity table; longer prefixes match on those).
    func contacts(withTouch prefix: String) throws -> [String]
    /// Everyone's real-call figures, added up (no touch read).
    func figures() throws -> ActivityFigures
    func practice() throws -> [PracticeRecord]
    /// Every contact's next step and the settings they were planned under.
    func schedule(indexer: Indexer) throws -> Schedule
    /// The full steps of only the contacts `pick` chooses from every step in brief (timing
    /// only, no names or texts), in one consistent read: what `next` needs at a fraction of
    /// the cost of the whole schedule.
    func schedule(indexer: Indexer, narrowedBy pick: (Settings, [BriefStep]) -> Set<String>) throws -> Schedule
    /// Applies `body` under the store's write lock and commits what it changed, or nothing
    /// when it throws or changes nothing.
    @discardableResult
    func update<T>(summary: String, indexer: Indexer?, _ body: (inout Change) throws -> T) throws -> T
    /// Reverts the latest change still on the undo stack; nil when there is none.
    func undo(indexer: Indexer?) throws -> UndoResult?
    /// Applies again the change undone last; nil when there is none.
    func redo(indexer: Indexer?) throws -> UndoResult?
    /// The undo stack (newest first) and the redo stack (next first).
    func history() throws -> (undo: [ChangeStep], redo: [ChangeStep])
    /// Repairs damaged files from what the store kept and rebuilds derived data.
    func restore(indexer: Indexer?) throws -> RestoreReport
}

extension Store {
    /// Every touch, oldest first (see `activity(since:)`).
    public func activity() throws -> [Touch] { try activity(since: nil) }
}

/// What an undo or redo did, and whether the change came from another session.
public struct UndoResult: Equatable, Sendable, Encodable {
    public var step: ChangeStep
    /// True when the change was made by another session (another terminal, a script).
    public var fromElsewhere: Bool

    public init(step: ChangeStep, fromElsewhere: Bool) {
        self.step = step
        self.fromElsewhere = fromElsewhere
    }
}

/// Builds the next-step table from contacts; supplied by the layer that knows the scheduler
/// and content. `fingerprint` changes whenever the build would differ for the same contacts
/// (content edited, machine time zone changed); the settings are part of the build.
public struct Indexer: Sendable {
    public let fingerprint: String
    public let build: @Sendable (Settings, [Contact]) -> [AgendaItem]

    public init(fingerprint: String, build: @escaping @Sendable (Settings, [Contact]) -> [AgendaItem]) {
        self.fingerprint = fingerprint
        self.build = build
    }
}

/// Every scheduled contact's next step, with the settings they were planned under.
public struct Schedule: Sendable {
    public var settings: Settings
    public var items: [AgendaItem]

    public init(settings: Settings, items: [AgendaItem]) {
        self.settings = settings
        self.items = items
    }
}

/// One change in progress: edit the settings and the contacts in `book`, add touches with
/// `append`, correct a contact's touches with `replaceTouches`, and add practice results
/// with `addPractice`. A contact taken out of the book (`book.remove`) is deleted with its
/// touches.
public struct Change {
    public var settings: Settings
    public var book: ContactBook
    /// Shown by `undo` ("log call to Dana Ruiz").
    public var summary: String
    public private(set) var appended: [Touch] = []
    public private(set) var practiceAdded: [PracticeRecord] = []
    /// Contacts whose touches were replaced as a whole (a correction), by id.
    public private(set) var replacedTouches: [String: [Touch]] = [:]
    private let readTouches: (String) throws -> [Touch]

    public init(settings: Settings, book: ContactBook, summary: String, touches: @escaping (String) throws -> [Touch] = { _ in [] }) {
        self.settings = settings
        self.book = book
        self.summary = summary
        self.readTouches = touches
    }

    public mutating func append(_ touch: Touch) { appended.append(touch) }

    /// A contact's touches as this change leaves them so far (without `appended` ones).
    public func touches(of id: String) throws -> [Touch] { try replacedTouches[id] ?? readTouches(id) }

    /// Replaces a contact's touches (an edit, a deletion, a merge); put the contact too.
    public mutating func replaceTouches(of id: String, with touches: [Touch]) { replacedTouches[id] = touches }
    public mutating func addPractice(_ record: PracticeRecord) { practiceAdded.append(record) }

    /// Every contact file the change alters, as it was (nil: created) and as it leaves it
    /// (nil: removed); files it leaves as they were are not listed. `old` reads a file as
    /// the change found it.
    public func files(old: (String) throws -> StoredContact?) throws -> (
        before: [String: StoredContact?], after: [String: StoredContact?]
    ) {
        var after: [String: StoredContact] = [:]
        for contact in book.changed {
            after[contact.id] = StoredContact(contact: contact, touches: try touches(of: contact.id))
        }
        for touch in appended {
            guard var file = try after[touch.contact] ?? old(touch.contact) else { throw RecordingError.contactGone(id: touch.contact) }
            file.touches.append(touch)
            after[touch.contact] = file
        }
        var changed: (before: [String: StoredContact?], after: [String: StoredContact?]) = ([:], [:])
        for (id, file) in after {
            let previous = try old(id)
            guard previous != file else { continue }
            changed.before[id] = .some(previous)
            changed.after[id] = .some(file)
        }
        for id in book.removedIDs {
            guard let previous = try old(id) else { continue }
            changed.before[id] = .some(previous)
            changed.after[id] = .some(nil)
        }
        return changed
    }
}
