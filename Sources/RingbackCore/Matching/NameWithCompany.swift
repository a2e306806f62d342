/// A name as people say it with its company: "Dana Ruiz from Acme", "Tom at Globex",
/// "dana (acme)", "Priya Natarajan, Brightline".
public struct NameWithCompany: Equatable, Sendable {
    public var name: String
    public var company: String?

    public init(name: String, company: String? = nil) {
        self.name = name
        self.company = company
    }

    /// Splits off the company: after " from ", " at ", " of ", " @ ", in brackets, or after a
    /// comma when what follows is one to three words. The name alone when there is none.
    public static func parse(_ text: String) -> NameWithCompany {
        var named = split(text)
        named.name = titleFirst(named.name)
        return named
    }

    /// "jen ortiz recruiter" → "recruiter jen ortiz": a role typed after a full name goes before
    /// it, where a title stands (`ContactName.first`, `Contact.role`).
    static func titleFirst(_ name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        let isTitle = { (word: String) in ContactName.titles.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
        let given = words.prefix { !isTitle($0) }
        let role = words.dropFirst(given.count)
        guard given.count >= 2, !role.isEmpty, !name.contains(","), role.allSatisfy(isTitle),
            !["of", "the"].contains(role.first!.lowercased())
        else {
            return name
        }
        return (role + given).joined(separator: " ")
    }

    /// The company in a bracket after a name: "(helix bio)" is one; "(sequoia scout)" is
    /// Sequoia; "(angel, ex-stripe)" and "(advisor)" say who they are, and name none.
    static func companyIn(bracket: Substring) -> String? {
        let first = bracket.split(separator: ",").first.map(String.init) ?? ""
        let words = first.split(separator: " ").filter { word in
            let bare = word.lowercased()
            return !ContactName.titles.contains(bare) && !roles.contains(bare) && !bare.hasPrefix("ex-")
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Who someone is, said in a bracket after their name: no company.
    static let roles: Set<String> = [
        "angel", "advisor", "adviser", "scout", "investor", "vc", "associate", "principal", "analyst", "mentor", "gp", "lp", "board",
        "member", "intern", "cofounder", "co-founder", "friend", "former", "ex", "old", "my", "our", "her", "his", "their", "new",
        "candidate", "client", "customer", "prospect", "referral", "boss", "colleague", "coworker", "co-worker", "neighbor", "recruiter",
        // A real estate agent's (helper-42): "(keller williams listing agent)" is Keller Williams.
        "listing", "buyer's", "buyers", "seller's", "sellers", "agent", "broker", "lender", "realtor", "fsbo", "expired", "lead",
    ]

    private static func split(_ text: String) -> NameWithCompany {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let open = trimmed.firstIndex(of: "("), let close = trimmed.lastIndex(of: ")"), open < close {
            let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let said = trimmed[trimmed.index(after: open)..<close]
            if !name.isEmpty && !said.trimmingCharacters(in: .whitespaces).isEmpty {
                return NameWithCompany(name: name, company: companyIn(bracket: said))
            }
        }
        for separator in [" from ", " at ", " of ", " @ ", " with "] {
            if let range = trimmed.range(of: separator, options: .caseInsensitive) {
                let name = trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let company = trimmed[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !company.isEmpty, company.split(separator: " ").count <= 4 {
                    return NameWithCompany(name: name, company: company)
                }
            }
        }
        if let comma = trimmed.firstIndex(of: ",") {
            let name = trimmed[..<comma].trimmingCharacters(in: .whitespaces)
            let company = trimmed[trimmed.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !company.isEmpty, (1...3).contains(company.split(separator: " ").count) {
                return NameWithCompany(name: name, company: company)
            }
        }
        return NameWithCompany(name: trimmed)
    }

    /// The contact this names: by name and, when the name alone is ambiguous or unknown, by
    /// company too ("dana (acme)" picks Dana at Acme over Dana at Brightline).
    public func match(in entries: [ContactBook.Entry]) -> NameMatch<ContactBook.Entry> {
        let byName = NameMatcher.match(name, in: entries, key: \.key)
        guard let company else {
            if case .none = byName { return companyTypedLast(in: entries) }
            return byName
        }
        let wanted = NameMatcher.normalize(company)
        func sameCompany(_ contact: ContactBook.Entry) -> Bool {
            guard let theirs = contact.company.map(NameMatcher.normalize) else { return false }
            return theirs.hasPrefix(wanted) || wanted.hasPrefix(theirs)
        }
        switch byName {
        case .found(let contact): return .found(contact)
        case .ambiguous(let candidates):
            let narrowed = candidates.filter(sameCompany)
            return narrowed.count == 1 ? .found(narrowed[0]) : byName
        case .none: return .none
        }
    }

    /// "dana ruiz acme": a known name, then that contact's company, with no word between; the
    /// contact when exactly one has both.
    private func companyTypedLast(in entries: [ContactBook.Entry]) -> NameMatch<ContactBook.Entry> {
        let words = name.split(separator: " ").map(String.init)
        for cut in [1, 2] where words.count > cut {
            let company = NameMatcher.normalize(words.suffix(cut).joined(separator: " "))
            let withIt = entries.filter { entry in entry.company.map { NameMatcher.normalize($0).hasPrefix(company) } == true }
            if case .found(let entry) = NameMatcher.match(words.dropLast(cut).joined(separator: " "), in: withIt, key: \.key) {
                return .found(entry)
            }
        }
        return .none
    }
}
