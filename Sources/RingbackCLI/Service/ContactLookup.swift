import RingbackCore

/// Finds the contact a user named, or explains why it cannot.
enum ContactLookup {
    /// The one contact `name` refers to; a request error when none or several match.
    static func find(_ name: String, in contacts: [Contact], session: Session) throws -> Contact {
        if let problem = ContactName.problem(with: name) { throw RequestError.recording(.unusableName(problem)) }
        switch NameMatcher.match(name, in: contacts, name: \.name) {
        case .found(let contact): return contact
        case .ambiguous(let candidates): throw RequestError.recording(.ambiguous(name: name, candidates: candidates))
        case .none:
            throw RequestError.noContact(
                name: name, closest: NameMatcher.closest(name, in: contacts, name: \.name), hint: session.hint(.listContacts))
        }
    }
}
