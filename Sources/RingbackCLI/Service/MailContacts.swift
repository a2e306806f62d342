import Foundation
import RingbackCore
import RingbackStore

/// The store side of `sync mail`: the touches recorded, each contact's history folded again
/// in time order (an old message synced late goes in its place), the people added with
/// `--add-new`, and the report's lines.
enum MailContacts {
    /// Records the touches not already in each contact's history; returns those recorded.
    static func record(_ byContact: [String: [Touch]], session: Session, calendar: BusinessCalendar) throws -> [Touch] {
        guard !byContact.isEmpty else { return [] }
        return try session.store.update(summary: "sync mail", indexer: session.indexer) { change -> [Touch] in
            var recorded: [Touch] = []
            for (id, touches) in byContact.sorted(by: { $0.key < $1.key }) {
                guard var contact = try change.book.contact(id: id) else { continue }
                let existing = try change.touches(of: id)
                let known = Set(existing.map(\.id))
                let new = touches.filter { !known.contains($0.id) }
                guard !new.isEmpty else { continue }
                let all = (existing + new).sorted { $0.at < $1.at }
                contact.refold(all, calendar: calendar)
                change.book.put(contact)
                change.replaceTouches(of: id, with: all)
                recorded += new
            }
            change.summary = "sync mail: \(recorded.count) messages recorded"
            return recorded
        }
    }

    /// Adds each person as a contact with their address (named as their mail names them, else
    /// by the address); returns the names added.
    static func add(_ strangers: [MailSync.Stranger], session: Session) throws -> [String] {
        guard !strangers.isEmpty else { return [] }
        return try session.store.update(summary: "sync mail --add-new", indexer: session.indexer) { change -> [String] in
            var added: [String] = []
            for stranger in strangers {
                guard let name = name(stranger) else { continue }
                let contact = Contact.new(
                    named: name, details: ContactDetails(email: stranger.email), taken: try change.book.takenIDs(), on: session.now)
                change.book.put(contact)
                added.append(name)
            }
            change.summary = "sync mail: \(added.count) contacts added"
            return added
        }
    }

    /// The name a person is added under: as their mail names them, else from the address;
    /// nil when neither makes a usable name.
    static func name(_ stranger: MailSync.Stranger) -> String? {
        let typed =
            stranger.name.flatMap { ContactName.problem(with: $0) == nil ? $0 : nil }
            ?? String(stranger.email.prefix { $0 != "@" }).replacingOccurrences(of: ".", with: " ")
        let name = ContactName.capitalized(typed)
        return ContactName.problem(with: name) == nil ? name : nil
    }

    static func lines(_ report: SyncMailCommand.Report, calendar: BusinessCalendar, now: Date) -> [String] {
        var lines = ["Read \(report.read) message\(report.read == 1 ? "" : "s")."]
        let verb = report.dryRun ? "Would record" : "Recorded"
        lines.append(
            "\(verb) \(report.recorded): \(report.sent) sent, \(report.replies) repl\(report.replies == 1 ? "y" : "ies") "
                + "(\(report.contacts) contact\(report.contacts == 1 ? "" : "s")); \(report.already) already recorded.")
        if !report.added.isEmpty {
            let added = report.dryRun ? "Would add (their mail is recorded once they are added)" : "Added"
            lines.append("\(added) \(report.added.count): " + report.added.joined(separator: ", ") + ".")
        }
        if report.fromLists > 0 {
            lines.append("\(report.fromLists) from mailing lists, automatic replies or no-reply senders: not recorded, never added.")
        }
        if report.datedByFile > 0 { lines.append("\(report.datedByFile) without a readable Date header: dated by their file.") }
        if report.skipped > 0 { lines.append("\(report.skipped) skipped (before --since, or no sender or date).") }
        if !report.needsALook.isEmpty {
            lines.append("Needs a look (\(report.needsALook.count)): not applied.")
            for look in report.needsALook { lines.append("  " + SyncLooksCommand.line(look, calendar: calendar, now: now)) }
        }
        if !report.notContacts.isEmpty {
            lines.append("Not in your contacts (\(report.notContacts.count)); --add-new adds them:")
            for stranger in report.notContacts.prefix(20) {
                let name = stranger.name.map { "\($0) " } ?? ""
                lines.append("  \(name)<\(stranger.email)> · \(stranger.messages) message\(stranger.messages == 1 ? "" : "s")")
            }
            if report.notContacts.count > 20 { lines.append("  and \(report.notContacts.count - 20) more (--json lists them all)") }
        }
        return lines
    }
}
