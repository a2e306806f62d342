import RingbackCore

/// Finds the contact a user named, or explains why it cannot.
enum ContactLookup {
    /// The one contact `name` refers to; a user error when none or several match.
    static func find(_ name: String, in contacts: [Contact]) throws -> Contact {
        switch NameMatcher.match(name, in: contacts, name: \.name) {
        case .found(let contact): return contact
        case .ambiguous(let candidates): throw ambiguity(name, candidates)
        case .none: throw UserError("no contact matches '\(name)'; `ringback contacts` lists them")
        }
    }

    static func ambiguity(_ name: String, _ candidates: [Contact]) -> UserError {
        let list = candidates.prefix(8).map { c in c.company.map { "\(c.name) (\($0))" } ?? c.name }.joined(separator: ", ")
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
