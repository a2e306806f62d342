import RingbackCore
import RingbackStore

/// Finds the contact a user named, or explains why it cannot.
enum ContactLookup {
    /// The one contact `name` refers to; a request error when none or several match.
    static func find(_ name: String, in book: inout ContactBook, session: Session) throws -> Contact {
        if let problem = ContactName.problem(with: name) { throw RequestError.recording(.unusableName(problem)) }
        switch try book.match(name) {
        case .found(let contact): return contact
        case .ambiguous(let candidates): throw RequestError.recording(.ambiguous(name: name, candidates: candidates))
        case .none: throw RequestError.noContact(name: name, closest: try book.closest(name), hint: session.hint(.listContacts))
        }
    }

    /// "todo Marco Rossi send the brochure": a full name typed without quotes runs on into the
    /// words. The name is taken with up to three of the words after it when that longer name is
    /// someone's whole name ("marco rossi"), and the rest are the words.
    static func name(_ name: String, runningInto words: [String], in book: inout ContactBook) throws -> (String, [String]) {
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            let longer = ([name] + words.prefix(count)).joined(separator: " ")
            guard ContactName.problem(with: longer) == nil, case .found(let contact) = try book.match(longer) else { continue }
            let typed = Set(NameMatcher.normalize(longer).split(separator: " "))
            if typed.isSubset(of: Set(NameMatcher.normalize(contact.name).split(separator: " "))) {
                return (longer, Array(words.dropFirst(count)))
            }
        }
        return (name, words)
    }

    /// The one contact `name` refers to, with their touches, read from the store's directory
    /// and that contact's file only.
    static func find(_ name: String, in store: any Store, session: Session) throws -> StoredContact {
        var files: [String: StoredContact] = [:]
        var book = ContactBook(directory: store) { id in
            let file = try store.contact(id: id)
            files[id] = file
            return file?.contact
        }
        let contact = try find(name, in: &book, session: session)
        guard let file = try files[contact.id] ?? store.contact(id: contact.id) else { throw RecordingError.contactGone(id: contact.id) }
        return file
    }
}
