/// Where a `ContactBook` finds people by name: the few who could match a name, cheaply, and
/// everyone only when a typo is to be suggested or a new id chosen.
public protocol ContactDirectory {
    /// Every entry `NameMatcher.match` could find for `name` (more is fine, fewer is not):
    /// those whose name has words starting with the words typed, in order.
    func candidates(for name: String) throws -> [ContactBook.Entry]
    /// Everyone.
    func everyone() throws -> [ContactBook.Entry]
}

/// The contacts one change works on: the people named are found through a directory
/// (without reading anyone's record), full records are read only for them, and the records
/// the change puts back are kept.
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

    private let directory: any ContactDirectory
    private let read: (String) throws -> Contact?
    private var loaded: [String: Contact] = [:]
    /// Everyone, once asked for.
    private var everyoneRead: [Entry]?
    /// Ids put or created by this change, in the order first changed.
    public private(set) var changedIDs: [String] = []
    /// The same ids, to look up without a scan (a restore puts 100,000).
    private var changedSet: Set<String> = []
    /// Ids this change removed (merged into someone else).
    public private(set) var removedIDs: [String] = []

    /// A book over a directory; `read` fetches one full record by id.
    public init(directory: any ContactDirectory, read: @escaping (String) throws -> Contact?) {
        self.directory = directory
        self.read = read
    }

    /// A book over records already in memory.
    public init(_ contacts: [Contact]) {
        let byID = Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.init(directory: InMemory(entries: contacts.map(Entry.init)), read: { byID[$0] })
        loaded = byID
    }

    /// The full record of `id`, as this change last put it; nil when nobody has that id.
    public mutating func contact(id: String) throws -> Contact? {
        if removedIDs.contains(id) { return nil }
        if let known = loaded[id] { return known }
        guard let contact = try read(id) else { return nil }
        loaded[id] = contact
        return contact
    }

    /// The contacts this change put, in the order first changed.
    public var changed: [Contact] { changedIDs.compactMap { loaded[$0] } }

    /// Everyone, as this change leaves them (reads the whole directory once).
    public mutating func everyone() throws -> [Entry] {
        if everyoneRead == nil { everyoneRead = try directory.everyone() }
        return merged(everyoneRead!)
    }

    /// Every id in use: what a new contact's id must avoid.
    public mutating func takenIDs() throws -> Set<String> { Set(try everyone().map(\.id)) }

    /// Adds or replaces a record.
    public mutating func put(_ contact: Contact) {
        if !removedIDs.isEmpty { removedIDs.removeAll { $0 == contact.id } }
        loaded[contact.id] = contact
        if changedSet.insert(contact.id).inserted { changedIDs.append(contact.id) }
    }

    /// Takes a record out of the book: the store deletes its file with this change.
    public mutating func remove(id: String) {
        loaded[id] = nil
        if changedSet.remove(id) != nil { changedIDs.removeAll { $0 == id } }
        if !removedIDs.contains(id) { removedIDs.append(id) }
    }

    /// Who `name` refers to (`NameMatcher.match`), with the full records of the candidates.
    public mutating func match(_ name: String) throws -> NameMatch<Contact> {
        let candidates = merged(try everyoneRead ?? directory.candidates(for: name))
        switch NameMatcher.match(name, in: candidates, key: \.key) {
        case .found(let entry): return try contact(id: entry.id).map { .found($0) } ?? .none
        case .ambiguous(let entries): return .ambiguous(try entries.compactMap { try contact(id: $0.id) })
        case .none: return .none
        }
    }

    /// The one contact `name` is most likely a typo for (`NameMatcher.closest`).
    public mutating func closest(_ name: String) throws -> Contact? {
        try NameMatcher.closest(name, in: try everyone(), key: \.key).flatMap { try contact(id: $0.id) }
    }

    /// Directory entries with this change's own records in their place.
    private func merged(_ entries: [Entry]) -> [Entry] {
        guard !changedIDs.isEmpty || !removedIDs.isEmpty else { return entries }
        let changed = Set(changedIDs + removedIDs)
        return entries.filter { !changed.contains($0.id) } + self.changed.map(Entry.init)
    }

    /// A directory over entries in memory.
    private struct InMemory: ContactDirectory {
        var entries: [Entry]
        func candidates(for name: String) -> [Entry] { entries }
        func everyone() -> [Entry] { entries }
    }
}
