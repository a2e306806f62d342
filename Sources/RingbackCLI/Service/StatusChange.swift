import RingbackCore
import RingbackStore

/// Shared body of the commands that change one contact's status.
enum StatusChange {
    static func apply(_ global: GlobalOptions, name: String, verb: String, _ body: @escaping (inout Contact, Session) throws -> Void) throws
    {
        let session = try Session(global)
        let contact = try session.store.update(summary: "\(verb) \(name)", indexer: session.indexer) { change -> Contact in
            let (contact, _) = try change.editContact(named: name, session: session) { try body(&$0, session) }
            change.summary = "\(verb) \(contact.name)"
            return contact
        }
        session.warnAboutColleagues([contact])
        if session.json { return try Output.json(["contact": contact.id, "name": contact.name, "status": contact.statusLabel]) }
        Console.print("\(contact.name): \(contact.statusLabel).")
    }
}
