import Foundation
import PostgresNIO
import RingbackCore
import RingbackStore

/// The team store: the same `Store` as the JSON folder, kept in a PostgreSQL database that
/// several machines write at once. Every write is one transaction that first locks the one
/// `ringback_meta` row, so writers are serialised by the database, not by a file lock; reads
/// see committed data only. The next-step index is a table (`schedule`) kept up to date by
/// each write, and rebuilt whole when the settings or content that plan it change.
///
/// On a team each user has a name (`member`, kept on their own machine): the contacts they
/// create are theirs, the touches and practice they record carry it, and the schedule shows
/// their own contacts (and those nobody owns) unless `team` asks for everyone's.
public final class PostgresStore: Store, @unchecked Sendable {
    let database: PostgresDatabase
    private var prepared = false
    /// The user's name on the team, if set.
    public let member: String?
    /// True to see everyone's schedule, not only the user's own.
    public let team: Bool

    public var location: String { database.location.display }

    /// Says that a change waits for another rep's (after `StoreWait.quiet`).
    let waiting: (String) -> Void

    public init(
        _ location: PostgresLocation, member: String? = nil, team: Bool = false, waiting: ((String) -> Void)? = nil
    ) {
        database = PostgresDatabase(location)
        self.member = member
        self.team = team
        self.waiting = waiting ?? StoreWait.tellStandardError
    }

    /// Whose schedule rows to show: the user's (and nobody's), or everyone's when nil.
    var viewer: String? { team ? nil : member }

    /// Whether a contact owned by `owner` is in this user's own view (everyone's with `team`).
    public func shows(owner: String?) -> Bool { viewer == nil || owner == nil || owner == viewer }

    /// Whether a touch counts in this user's own figures: one they recorded (every touch with
    /// `team` or no name set), as `figures()` adds them up.
    public func counts(_ touch: Touch) -> Bool { viewer == nil || touch.by == viewer }

    /// The tables, created or migrated at first use.
    func ready() throws {
        guard !prepared else { return }
        try PostgresSchema.prepare(database, settings: try PostgresCoding.encode(Settings()))
        prepared = true
    }

    /// Rows of a query after the tables are ready.
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        try ready()
        return try database.rows(query)
    }

    func decode<T: Decodable>(_ type: T.Type, _ text: String, _ what: String) throws -> T {
        do {
            return try PostgresCoding.decode(type, text)
        } catch {
            throw StoreError.unreadable(
                path: location, problem: "\(what) is not valid (\(error))",
                remedy: "it was changed outside Ringback: put the row back from a database backup (restore rebuilds only the schedule)")
        }
    }

    // MARK: - Reads

    public func settings() throws -> Settings {
        guard let text = try rows("SELECT settings::text FROM ringback_meta WHERE id = 1").first?.decode(String.self) else {
            return Settings().named(member)
        }
        return try decode(Settings.self, text, "the settings").named(member)
    }

    public func directory() throws -> [ContactSummary] {
        try rows("SELECT record::text FROM contacts ORDER BY key, id").map {
            ContactSummary(try decode(Contact.self, try $0.decode(String.self), "a contact"))
        }
    }

    /// Those whose name has a word starting with each word typed (the directory's rule),
    /// found by the database: `' ' || key` holds `' ' || word` somewhere for every word. One
    /// LIKE per word, so the trigram index (schema 3) can answer each.
    public func candidates(for name: String) throws -> [ContactBook.Entry] {
        let words = NameMatcher.normalize(name).split(separator: " ").map { word -> String in
            let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            return "% " + escaped.replacingOccurrences(of: "_", with: "\\_") + "%"
        }
        guard !words.isEmpty else { return [] }
        var binds = PostgresBindings()
        for word in words { binds.append(word) }
        let matches = words.indices.map { "' ' || key LIKE $\($0 + 1)" }.joined(separator: " AND ")
        return try rows(PostgresQuery(unsafeSQL: "SELECT id, name, company, key FROM contacts WHERE " + matches, binds: binds))
            .map(entry)
    }

    public func everyone() throws -> [ContactBook.Entry] {
        try rows("SELECT id, name, company, key FROM contacts ORDER BY key, id").map(entry)
    }

    private func entry(_ row: PostgresRow) throws -> ContactBook.Entry {
        let (id, name, company, key) = try row.decode((String, String, String?, String).self)
        return ContactBook.Entry(id: id, name: name, company: company, key: key)
    }

    public func contact(id: String) throws -> StoredContact? {
        guard let text = try rows("SELECT record::text FROM contacts WHERE id = \(id)").first?.decode(String.self) else { return nil }
        let touches = try rows("SELECT body::text FROM touches WHERE contact = \(id) ORDER BY position").map {
            try decode(Touch.self, try $0.decode(String.self), "a touch")
        }
        return StoredContact(contact: try decode(Contact.self, text, "contact \(id)"), touches: touches)
    }

    /// The contacts with these ids (nil for ids nobody has), many at a time.
    func contacts(ids: [String]) throws -> [String: StoredContact?] {
        var found: [String: StoredContact?] = Dictionary(uniqueKeysWithValues: ids.map { ($0, nil) })
        for chunk in stride(from: 0, to: ids.count, by: 5000).map({ Array(ids[$0..<min($0 + 5000, ids.count)]) }) {
            var touches: [String: [Touch]] = [:]
            for row in try rows("SELECT contact, body::text FROM touches WHERE contact = ANY(\(chunk)) ORDER BY contact, position") {
                let (contact, body) = try row.decode((String, String).self)
                touches[contact, default: []].append(try decode(Touch.self, body, "a touch"))
            }
            for row in try rows("SELECT id, record::text FROM contacts WHERE id = ANY(\(chunk))") {
                let (id, record) = try row.decode((String, String).self)
                found[id] = StoredContact(contact: try decode(Contact.self, record, "contact \(id)"), touches: touches[id] ?? [])
            }
        }
        return found
    }

    public func allContacts() throws -> [StoredContact] { try contacts(shownTo: nil) }

    /// The user's own contacts and nobody's (everyone's with `team`), as `next` shows them.
    public func ownContacts() throws -> [StoredContact] { try contacts(shownTo: viewer) }

    private func contacts(shownTo viewer: String?) throws -> [StoredContact] {
        var touches: [String: [Touch]] = [:]
        for row in try rows(
            """
            SELECT t.contact, t.body::text FROM touches t JOIN contacts c ON c.id = t.contact
            WHERE \(viewer)::text IS NULL OR c.owner = \(viewer) OR c.owner IS NULL ORDER BY t.contact, t.position
            """)
        {
            let (contact, body) = try row.decode((String, String).self)
            touches[contact, default: []].append(try decode(Touch.self, body, "a touch"))
        }
        return try rows(
            "SELECT id, record::text FROM contacts WHERE \(viewer)::text IS NULL OR owner = \(viewer) OR owner IS NULL ORDER BY id"
        ).map { row in
            let (id, record) = try row.decode((String, String).self)
            return StoredContact(contact: try decode(Contact.self, record, "contact \(id)"), touches: touches[id] ?? [])
        }
    }

    public func activity(since: Date?) throws -> [Touch] {
        try rows(
            "SELECT (body - 'note')::text FROM touches WHERE \(since)::timestamptz IS NULL OR at >= \(since) ORDER BY at, contact, position"
        ).map {
            try decode(Touch.self, try $0.decode(String.self), "a touch")
        }
    }

    public func contacts(withTouch prefix: String) throws -> [String] {
        let pattern = prefix.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" } + "%"
        return try rows("SELECT DISTINCT contact FROM touches WHERE lower(id) LIKE \(pattern) ORDER BY contact").map {
            try $0.decode(String.self)
        }
    }

    public func practice() throws -> [PracticeRecord] {
        try rows("SELECT body::text FROM practice ORDER BY position").map {
            try decode(PracticeRecord.self, try $0.decode(String.self), "a practice result")
        }
    }

    /// A query over the schedule rows this user sees (everyone's with `team`): their own and
    /// nobody's as two branches, each read by the owner index (an OR of the two makes the
    /// database read every rep's steps). `shown` stands for them in `sql`; $1 is the viewer.
    private func shownSteps(_ sql: String) -> PostgresQuery {
        let shown = """
            (SELECT * FROM schedule WHERE $1::text IS NULL OR owner = $1
            UNION ALL SELECT * FROM schedule WHERE $1::text IS NOT NULL AND owner IS NULL) shown
            """
        var binds = PostgresBindings()
        binds.append(viewer)
        return PostgresQuery(unsafeSQL: sql.replacingOccurrences(of: "FROM shown", with: "FROM " + shown), binds: binds)
    }

    public func schedule(indexer: Indexer) throws -> Schedule {
        let settings = try currentSchedule(indexer)
        let items = try rows(shownSteps("SELECT item::text FROM shown ORDER BY contact, position")).map {
            try decode(AgendaItem.self, try $0.decode(String.self), "a scheduled step")
        }
        return Schedule(settings: settings, items: items)
    }

    public func schedule(indexer: Indexer, narrowedBy pick: (Settings, [BriefStep]) -> Set<String>) throws -> Schedule {
        let settings = try currentSchedule(indexer)
        // Every step in brief as one text the database builds, spelled as the JSON store's
        // schedule rows (the id escaped the same way): one value, not a row a step (in no
        // order: the ranking does not depend on it).
        let text = try rows(
            shownSteps(
                """
                SELECT coalesce(string_agg(
                    replace(replace(replace(replace(contact, '\\', '\\\\'), E'\\t', '\\t'), E'\\r', '\\r'), E'\\n', '\\n')
                    || E'\\t' || extract(epoch FROM due)::bigint || E'\\t' || timed::int || E'\\t' || kind, E'\\n'), '')
                FROM shown
                """)
        ).first?.decode(String.self)
        guard let brief = BriefRows.steps(text ?? "") else {
            throw StoreError.invalid(path: location, problem: "the schedule table holds a step that does not read")
        }
        return Schedule(settings: settings, items: try steps(of: Array(pick(settings, brief))))
    }

    /// The full steps of some contacts, in order.
    func steps(of contacts: [String]) throws -> [AgendaItem] {
        guard !contacts.isEmpty else { return [] }
        return try rows("SELECT item::text FROM schedule WHERE contact = ANY(\(contacts)) ORDER BY contact, position").map {
            try decode(AgendaItem.self, try $0.decode(String.self), "a scheduled step")
        }
    }

    /// The settings, with the schedule table brought up to date first when it was planned
    /// under other settings or content.
    func currentSchedule(_ indexer: Indexer) throws -> Settings {
        guard let row = try rows("SELECT settings::text, schedule_stamp FROM ringback_meta WHERE id = 1").first else { return Settings() }
        let (text, stamp) = try row.decode((String, String).self)
        let settings = try decode(Settings.self, text, "the settings")
        if stamp != Planning.stamp(indexer, settings) {
            try database.transaction {
                try database.rows("SELECT generation FROM ringback_meta WHERE id = 1 FOR UPDATE")
                try rebuildSchedule(indexer, settings)
            }
            tidySchedule()
        }
        return settings.named(member)
    }

    /// After the whole schedule was planned again: its old rows cleared away and its figures
    /// counted, so the agenda's index-only reads stay index-only (at 1,000,000 contacts a
    /// replan leaves as many dead rows). Best effort: a failure here costs speed, not data.
    func tidySchedule() {
        guard !database.inTransaction else { return }
        _ = try? database.rows("VACUUM (ANALYZE) schedule")
    }

    public func history() throws -> (undo: [ChangeStep], redo: [ChangeStep]) {
        let undo = try rows(
            "SELECT step::text FROM changes WHERE state = 'undo' AND member IS NOT DISTINCT FROM \(member) ORDER BY generation DESC"
        ).map {
            try decode(ChangeStep.self, try $0.decode(String.self), "a change")
        }
        let redo = try rows(
            "SELECT step::text FROM changes WHERE state = 'redo' AND member IS NOT DISTINCT FROM \(member) ORDER BY generation"
        ).map {
            try decode(ChangeStep.self, try $0.decode(String.self), "a change")
        }
        return (undo, redo)
    }

    public func restore(indexer: Indexer?) throws -> RestoreReport {
        // The database keeps its own consistency: only the derived schedule is rebuilt.
        if let indexer {
            try database.transaction {
                try ready()
                let settings = try self.settings()
                try database.rows("SELECT generation FROM ringback_meta WHERE id = 1 FOR UPDATE")
                try rebuildSchedule(indexer, settings)
            }
            tidySchedule()
        }
        return RestoreReport()
    }
}
