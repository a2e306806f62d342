import RingbackCore
import RingbackStore

/// Finds the touch a user named by the start of its id, as `ringback touches NAME` shows it.
enum TouchLookup {
    /// Fewer characters than this would match too many touches to be what anyone meant.
    static let shortest = 4

    /// The contact holding the touch `reference` names, and the touch's full id. Reads the
    /// activity table and the files of the contacts it points to only.
    static func find(_ reference: String, in change: inout Change, session: Session) throws -> (contact: Contact, touchID: String) {
        let wanted = reference.trimmingCharacters(in: .whitespaces).lowercased().trimmingPrefix("#")
        guard wanted.count >= shortest else { throw RequestError.touchReference(reference, hint: hint(session)) }
        var found: [(Contact, Touch)] = []
        for id in try session.store.contacts(withTouch: String(wanted)) {
            guard let contact = try change.book.contact(id: id) else { continue }
            for touch in try change.touches(of: id) where touch.id.lowercased().hasPrefix(wanted) { found.append((contact, touch)) }
        }
        guard let first = found.first else { throw RequestError.noTouch(reference, hint: hint(session)) }
        guard found.count == 1 else {
            throw RequestError.ambiguousTouch(reference, matches: found.map { "\($0.1.id) (\($0.0.name))" })
        }
        return (first.0, first.1.id)
    }

    private static func hint(_ session: Session) -> String {
        "`\(session.inShell ? "" : "ringback ")touches NAME` lists a contact's touches with their ids"
    }
}
