import RingbackCore
import RingbackStore

/// Finds the contact a user named, or explains why it cannot.
enum ContactLookup {
    /// The one contact `name` refers to; a request error when none or several match.
    static func find(_ typed: String, in book: inout ContactBook, session: Session) throws -> Contact {
        // "Lisa Wong (Hooli)": a name as lists show it, with its company.
        let (name, company) = labelParts(typed)
        if let problem = ContactName.problem(with: name) { throw RequestError.recording(.unusableName(problem)) }
        let atCompany = { (contact: Contact) in
            company.map { wanted in contact.company.map { NameMatcher.normalize($0) == NameMatcher.normalize(wanted) } ?? false } ?? true
        }
        switch try book.match(name) {
        case .found(let contact) where atCompany(contact): return contact
        case .ambiguous(let candidates):
            // Several of that name: the one at the company typed, else the one whose whole name
            // it is, else (on a team) the user's own.
            var narrowed = candidates.filter(atCompany)
            let whole = narrowed.filter { NameMatcher.normalize($0.name) == NameMatcher.normalize(name) }
            if !whole.isEmpty { narrowed = whole }
            if narrowed.count > 1, let me = session.local.me {
                let mine = narrowed.filter { $0.owner == me }
                if mine.count == 1 { narrowed = mine }
            }
            if narrowed.count == 1 { return narrowed[0] }
            throw RequestError.recording(.ambiguous(name: typed, candidates: narrowed.isEmpty ? candidates : narrowed))
        default: throw RequestError.noContact(name: typed, closest: try book.closest(name), hint: session.hint(.listContacts))
        }
    }

    /// "Lisa Wong (Hooli)" as the name and the company; a name without one as it is.
    static func labelParts(_ typed: String) -> (name: String, company: String?) {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return (typed, nil) }
        let company = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        return company.isEmpty || name.isEmpty ? (typed, nil) : (name, company)
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
