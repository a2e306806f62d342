import RingbackCore

/// Finds the contact a user named, or explains why it cannot.
enum ContactLookup {
    /// The one contact `name` refers to; a user error when none or several match.
    static func find(_ name: String, in contacts: [Contact], session: Session) throws -> Contact {
        try check(name)
        switch NameMatcher.match(name, in: contacts, name: \.name) {
        case .found(let contact): return contact
        case .ambiguous(let candidates): throw ambiguity(name, candidates)
        case .none:
            if let close = NameMatcher.closest(name, in: contacts, name: \.name) {
                throw UserError("no contact matches '\(name)'; did you mean \(close.label)?")
            }
            throw UserError("no contact matches '\(name)'; \(session.hint(.listContacts))")
        }
    }

    /// A user error when `name` cannot name a contact (empty, control characters, too long).
    static func check(_ name: String) throws {
        if let problem = ContactName.problem(with: name) { throw UserError(problem) }
    }

    /// The error for a new name that looks like a typo of an existing contact's, if it does.
    static func typo(_ name: String, in contacts: [Contact]) -> UserError? {
        NameMatcher.closest(name, in: contacts, name: \.name).map { close in
            UserError("no contact named '\(name)'; did you mean \(close.label)? (add --new to create \(name))")
        }
    }

    static func ambiguity(_ name: String, _ candidates: [Contact]) -> UserError {
        let list = candidates.prefix(8).map(\.label).joined(separator: ", ")
        return UserError("'\(name)' matches several contacts: \(list); type more of the name")
    }

    /// A new id: the name as a slug, made unique.
    static func newID(for name: String, taken: Set<String>) -> String {
        let slug = NameMatcher.normalize(name).map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        let base = slug.isEmpty ? "contact" : String(slug.prefix(40))
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        return candidate
    }
}
