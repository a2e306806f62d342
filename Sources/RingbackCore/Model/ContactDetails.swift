import Foundation

/// What a touch or an import says about a contact besides the touch itself: each field
/// set replaces the stored one, a nil field leaves it alone, a tidbit is added to the list.
public struct ContactDetails: Equatable, Sendable {
    public var company: String?
    public var context: ContactContext?
    public var email: String?
    public var phone: String?
    /// A mobile number kept beside the main one.
    public var mobile: String?
    public var preferredChannel: Channel?
    public var cadence: String?
    public var tidbit: String?
    /// Labels to add.
    public var tags: [String] = []
    /// Their time zone (IANA name).
    public var timeZone: String?
    /// Days between touches, the contact's own rhythm (`--every 30d`).
    public var every: Int?

    public init(
        company: String? = nil, context: ContactContext? = nil, email: String? = nil, phone: String? = nil,
        preferredChannel: Channel? = nil, cadence: String? = nil, tidbit: String? = nil
    ) {
        self.company = company
        self.context = context
        self.email = email
        self.phone = phone
        self.preferredChannel = preferredChannel
        self.cadence = cadence
        self.tidbit = tidbit
    }
}

extension Contact {
    /// A new contact named `name`, with an id no other contact has (see `newID`).
    public static func new(named name: String, details: ContactDetails = ContactDetails(), taken: Set<String>, on date: Date) -> Contact {
        var contact = Contact(id: newID(for: name, taken: taken), name: name, created: date)
        contact.apply(details)
        return contact
    }

    /// A contact's id: its name as a lower-case, accent-free slug of at most 40 characters
    /// ("Zoë Lambert" → "zoe-lambert"), with "-2", "-3", ... when taken; "contact" for a
    /// name with no letters or digits.
    public static func newID(for name: String, taken: Set<String>) -> String {
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

    /// Sets what `details` says; fields it leaves nil stay as they are.
    public mutating func apply(_ details: ContactDetails) {
        if let company = details.company { self.company = company }
        if let context = details.context { self.context = context }
        if let email = details.email { self.email = email }
        if let phone = details.phone { self.phone = phone }
        if let mobile = details.mobile { self.mobile = mobile }
        if let channel = details.preferredChannel { preferredChannel = channel }
        if let cadence = details.cadence { self.cadence = cadence }
        if let tidbit = details.tidbit { tidbits.append(tidbit) }
        if let zone = details.timeZone { timeZone = zone }
        if let every = details.every { self.every = every }
        for tag in details.tags.map({ $0.lowercased() }) where !(tags ?? []).contains(tag) { tags = (tags ?? []) + [tag] }
    }
}
