import Foundation
import RingbackCore
import RingbackScheduler
import RingbackStore

/// Applies an import's records to a change: each record becomes a new contact, or fills in
/// the contact it is the same person as (see `ImportMatching`). New active contacts without
/// a last activity have their first calls spread over days (`ImportPacing`); the rest keep
/// the status the file gave them.
public struct ContactImport {
    /// What happened to one record, for the summary and the dry run.
    public struct Landing: Encodable, Equatable {
        public var line: Int
        public var name: String
        public var company: String?
        /// "new", "merged", or "skipped" (they asked not to be contacted and were forgotten).
        public var action: String
        /// The contact it was merged into.
        public var into: String?
        public var status: String
    }

    public var landings: [Landing] = []
    public var lastFirstCall: Date?

    public init() {}

    public var added: Int { landings.filter { $0.action == "new" }.count }
    public var merged: Int { landings.filter { $0.action == "merged" }.count }

    public mutating func apply(
        _ records: [ImportRecord], defaultContext: ContactContext, to change: inout Change, calendar: BusinessCalendar, now: Date
    ) throws {
        let everyone = try change.book.everyone()
        var contacts: [Contact] = []
        for entry in everyone { if let contact = try change.book.contact(id: entry.id) { contacts.append(contact) } }
        var matching = ImportMatching(contacts)
        // Someone forgotten after asking not to be contacted is known again, never added back.
        let forgotten = ImportMatching(
            (change.settings.forgotten ?? []).enumerated().map { index, person in
                var contact = Contact(id: "forgotten-\(index)", name: person.name, created: now)
                contact.email = person.email
                contact.phone = person.phones.first
                contact.mobile = person.phones.dropFirst().first
                return contact
            })
        var ids = Set(everyone.map(\.id))
        var pacing = ImportPacing(
            existing: contacts.filter { $0.history.touches == 0 }, perDay: change.settings.importsPerDay, calendar: calendar, now: now)
        for record in records {
            if forgotten.match(record) != nil {
                landings.append(
                    Landing(
                        line: record.line, name: record.name, company: record.company, action: "skipped", into: nil,
                        status: "do-not-contact"))
                continue
            }
            if let id = matching.match(record), var contact = try change.book.contact(id: id) {
                contact.fill(from: record, now: now)
                change.book.put(contact)
                matching.add(contact)
                landings.append(
                    Landing(
                        line: record.line, name: record.name, company: record.company, action: "merged", into: contact.name,
                        status: contact.statusLabel))
                continue
            }
            var contact = Contact.new(named: record.name, details: record.details(defaultContext: defaultContext), taken: ids, on: now)
            if let last = record.lastActivity {
                contact.history.adoptImported(last: last, touches: record.touches)
            } else if record.status == .active {
                contact.firstCallOn = pacing.nextDay()
            }
            contact.take(record.status, now: now)
            change.book.put(contact)
            matching.add(contact)
            ids.insert(contact.id)
            landings.append(
                Landing(line: record.line, name: contact.name, company: contact.company, action: "new", status: contact.statusLabel))
        }
        lastFirstCall = pacing.lastDay
    }
}
