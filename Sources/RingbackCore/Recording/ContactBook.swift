/// The contacts one change works on: everyone's name and company for finding a person
/// (from the store's directory, without reading anyone's record), full records read only
/// for the people named, and the records the change puts back.
public struct ContactBook {
    /// One contact as the directory knows them: enough to find them by name.
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var name: String
        public var company: String?
        /// `NameMatcher.normalize(name)`, computed once when the record was written.
        public var key: String

        public init(id: String, name: String, company: String?, key: String? = nil) {
            self.id = id
            self.name = name
            self.company = company
            self.key = key ?? NameMatcher.normalize(name)
        }

        public init(_ contact: Contact) { self.init(id: contact.id, name: contact.name, company: contact.company) }
    }

    public private(set) var entries: [Entry]
    private var position: [String: Int]
    private var loaded: [String: Contact] = [:]
    /// Ids put or created by this change, in the order first changed.
    public private(set) var changedIDs: [String] = []
    private let read: (String) throws -> Contact?

    /// A book over a directory; `read` fetches one full record by id.
    public init(entries: [Entry], read: @escaping (String) throws -> Contact?) {
        self.entries = entries
        self.read = read
        position = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A book over records already in memory.
    public init(_ contacts: [Contact]) {
        let byID = Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.init(entries: contacts.map(Entry.init), read: { byID[$0] })
        loaded = byID
    }

    /// The full record of `id`, as this change last put it; nil when nobody has that id.
    public mutating func contact(id: String) throws -> Contact? {
        if let known = loaded[id] { return known }
        guard position[id] != nil, let contact = try read(id) else { return nil }
        loaded[id] = contact
        return contact
    }

    /// The contacts this change put, in the order first changed.
    public var changed: [Contact] { changedIDs.compactMap { loaded[$0] } }

    /// Every id in use: what a new contact's id must avoid.
    public var takenIDs: Set<String> { Set(entries.map(\.id)) }

    /// Adds or replaces a record.
    public mutating func put(_ contact: Contact) {
        let entry = Entry(contact)
        if let index = position[contact.id] {
            entries[index] = entry
        } else {
            position[contact.id] = entries.count
            entries.append(entry)
        }
        loaded[contact.id] = contact
        if !changedIDs.contains(contact.id) { changedIDs.append(contact.id) }
    }

    /// Who `name` refers to (`NameMatcher.match`), with the full records of the candidates.
    public mutating func match(_ name: String) throws -> NameMatch<Contact> {
        switch NameMatcher.match(name, in: entries, key: \.key) {
        case .found(let entry): return try record(entry).map { .found($0) } ?? .none
        case .ambiguous(let candidates): return .ambiguous(try candidates.compactMap { try record($0) })
        case .none: return .none
        }
    }

    /// The one contact `name` is most likely a typo for (`NameMatcher.closest`).
    public mutating func closest(_ name: String) throws -> Contact? {
        try NameMatcher.closest(name, in: entries, key: \.key).flatMap { try record($0) }
    }

    private mutating func record(_ entry: Entry) throws -> Contact? { try contact(id: entry.id) }
}
