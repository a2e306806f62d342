import Foundation
import PostgresNIO
import RingbackCore
import RingbackStore

#if canImport(Glibc)
    import Glibc
#endif

/// Writing: each change is one transaction that locks `ringback_meta` first (writers wait
/// for each other there, in the database), reads what it needs, writes the contacts it
/// altered, their touches and schedule rows, and records the change for undo. A server that
/// goes away before COMMIT leaves nothing of it.
extension PostgresStore {
    @discardableResult
    public func update<T>(summary: String, indexer: Indexer?, _ body: (inout Change) throws -> T) throws -> T {
        try ready()
        return try database.transaction {
            let (generation, settings, stamp) = try lockMeta(summary: summary)
            var read: [String: StoredContact?] = [:]
            let file = { (id: String) throws -> StoredContact? in
                if let known = read[id] { return known }
                let found = try self.contact(id: id)
                read[id] = .some(found)
                return found
            }
            var change = Change(
                settings: settings.named(member), book: ContactBook(directory: self, read: { try file($0)?.contact }), summary: summary,
                touches: { try file($0)?.touches ?? [] })
            let result = try body(&change)
            // The contacts the change altered, as they were, in two queries rather than two each.
            for (id, found) in try contacts(ids: change.book.changed.map(\.id).filter { read[$0] == nil }) { read[id] = .some(found) }
            let files = try change.files(old: file)
            var record = try PostgresChange(before: files.before, after: files.after)
            // The user's name stays on their machine.
            var after = change.settings
            after.me = settings.me
            if after != settings {
                record.settingsBefore = settings
                record.settingsAfter = after
            }
            if !change.practiceAdded.isEmpty {
                record.practiceBefore = try practice()
                record.practiceAfter =
                    record.practiceBefore!
                    + change.practiceAdded.map {
                        var entry = $0
                        entry.by = entry.by ?? member
                        return entry
                    }
            }
            try record.markAuthor(member)
            guard !files.after.isEmpty || record.settingsAfter != nil || record.practiceAfter != nil else { return result }
            try apply(
                files: record.after ?? [:], before: record.before, settings: record.settingsAfter, practice: record.practiceAfter,
                indexer: indexer, stamp: stamp)
            let step = ChangeStep(
                generation: generation + 1, summary: change.summary,
                at: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)),
                process: getpid(), session: getppid())
            // Each rep undoes and redoes their own changes.
            try database.rows("UPDATE changes SET state = 'gone' WHERE state = 'redo' AND member IS NOT DISTINCT FROM \(member)")
            try database.rows(
                """
                INSERT INTO changes (generation, state, member, step, record)
                VALUES (\(generation + 1), 'undo', \(member), \(try PostgresCoding.encode(step))::jsonb, \(try PostgresCoding.encode(record.stored))::jsonb)
                """)
            // Fifty steps back each, as in the JSON store; older records are dropped.
            try database.rows(
                """
                DELETE FROM changes WHERE state = 'gone' OR (member IS NOT DISTINCT FROM \(member) AND generation < (
                    SELECT min(generation) FROM (
                        SELECT generation FROM changes WHERE state = 'undo' AND member IS NOT DISTINCT FROM \(member)
                        ORDER BY generation DESC LIMIT 50) AS kept))
                """)
            try database.rows("UPDATE ringback_meta SET generation = \(generation + 1) WHERE id = 1")
            return result
        }
    }

    public func undo(indexer: Indexer?) throws -> UndoResult? { try reverse(indexer: indexer, redo: false) }

    public func redo(indexer: Indexer?) throws -> UndoResult? { try reverse(indexer: indexer, redo: true) }

    private func reverse(indexer: Indexer?, redo: Bool) throws -> UndoResult? {
        try ready()
        return try database.transaction {
            let (generation, _, stamp) = try lockMeta(summary: redo ? "redo" : "undo")
            let query: PostgresQuery =
                redo
                ? """
                SELECT generation, step::text, record::text FROM changes WHERE state = 'redo' AND member IS NOT DISTINCT FROM \(member)
                ORDER BY generation LIMIT 1
                """
                : """
                SELECT generation, step::text, record::text FROM changes WHERE state = 'undo' AND member IS NOT DISTINCT FROM \(member)
                ORDER BY generation DESC LIMIT 1
                """
            guard let row = try database.rows(query).first else { return nil }
            let (kept, stepText, recordText) = try row.decode((Int, String, String).self)
            let step = try decode(ChangeStep.self, stepText, "a change")
            var record = try decode(PostgresChange.self, recordText, "a change")
            func conflict(_ id: String) -> StoreError {
                let name = ((record.before[id] ?? nil) ?? (record.after?[id] ?? nil))?.contact.name ?? id
                return StoreError.undoConflict(action: redo ? "redo" : "undo", summary: step.summary, contact: name)
            }
            if redo {
                // The contacts must be as the undo left them: as they were before the change.
                guard let after = record.after else {
                    throw StoreError.unreadable(
                        path: location, problem: "change \(kept) cannot be redone", remedy: "its record holds no state to redo")
                }
                let current = try contacts(ids: Array(record.before.keys))
                for (id, expected) in record.before where current[id] ?? nil != expected { throw conflict(id) }
                try apply(
                    files: after, before: record.before, settings: record.settingsAfter, practice: record.practiceAfter, indexer: indexer,
                    stamp: stamp)
                record.after = nil
            } else {
                // The contacts must be as the change left them; they are kept whole for redo.
                // Read many to a query: undoing an import checks every contact it added.
                let current = try contacts(ids: Array(record.digests.keys))
                for (id, digest) in record.digests where try PostgresChange.digest(current[id] ?? nil) != digest { throw conflict(id) }
                try apply(
                    files: record.before, before: current, settings: record.settingsBefore, practice: record.practiceBefore,
                    indexer: indexer,
                    stamp: stamp)
                record.after = current
            }
            try database.rows("UPDATE changes SET record = \(try PostgresCoding.encode(record))::jsonb WHERE generation = \(kept)")
            try database.rows("UPDATE changes SET state = \(redo ? "undo" : "redo") WHERE generation = \(kept)")
            try database.rows("UPDATE ringback_meta SET generation = \(generation + 1) WHERE id = 1")
            return UndoResult(step: step, fromElsewhere: step.session != getppid())
        }
    }

    /// The meta row, locked until the transaction ends: the generation, settings and schedule stamp.
    func lockMeta(summary: String) throws -> (Int, Settings, String) {
        let lock: PostgresQuery = "SELECT generation, settings::text, schedule_stamp FROM ringback_meta WHERE id = 1 FOR UPDATE"
        // Named for whoever waits on this change (pg_stat_activity shows it until COMMIT); the
        // first wait is short, and the limit is the settings' (read without waiting).
        let quiet = String(Int(StoreWait.quiet * 1000))
        let limit =
            try database.rows(
                """
                SELECT set_config('application_name', \(LockHolder.applicationName(member, summary)), true),
                set_config('lock_timeout', \(quiet), true), (settings->>'lockTimeout')::int FROM ringback_meta WHERE id = 1
                """
            ).first.flatMap { try $0.decode((String, String, Int?).self).2 } ?? Int(FileStore.defaultLockTimeout)
        try database.rows("SAVEPOINT ringback_lock")
        var found = try database.rowsUnlessLocked(lock)
        if found != nil {
            // The change's other statements wait on no one; the limit holds for them all the same.
            try database.rows("SELECT set_config('lock_timeout', \(String(limit * 1000)), true)")
        } else {
            try database.rows("ROLLBACK TO SAVEPOINT ringback_lock")
            waiting("waiting for the team store: \(try lockHolder()) holds it (giving up after \(limit) s)…")
            // The rest of the limit.
            try database.rows("SELECT set_config('lock_timeout', \(String(max(1, limit * 1000 - Int(StoreWait.quiet * 1000)))), true)")
            found = try database.rowsUnlessLocked(lock)
            if found == nil {
                try database.rows("ROLLBACK TO SAVEPOINT ringback_lock")
                throw StoreError.busy(path: location, holder: try lockHolder(), seconds: limit)
            }
        }
        guard let row = found?.first else {
            throw StoreError.unreadable(
                path: location, problem: "the ringback_meta row is missing",
                remedy: "the database was changed outside Ringback: put it back from a database backup")
        }
        let (generation, text, stamp) = try row.decode((Int, String, String).self)
        return (generation, try decode(Settings.self, text, "the settings"), stamp)
    }

    /// Whose change holds the team store: the oldest open transaction on this database,
    /// named as Ringback names its changes ("Ana's change (log call to dana)").
    func lockHolder() throws -> String {
        let row = try database.rows(
            """
            SELECT application_name, extract(epoch FROM clock_timestamp() - xact_start)::int FROM pg_stat_activity
            WHERE pid <> pg_backend_pid() AND datname = current_database() AND backend_type = 'client backend'
            AND (xact_start IS NOT NULL OR application_name LIKE 'ringback: %')
            ORDER BY (application_name LIKE 'ringback: %') DESC, xact_start NULLS LAST LIMIT 1
            """
        ).first
        guard let (name, seconds) = try row?.decode((String, Int?).self) else { return "another connection" }
        return LockHolder.describe(name, seconds: seconds)
    }

    /// Writes what a change leaves: contacts and their touches, practice, settings, and the
    /// schedule rows of the contacts it altered (the whole schedule marked stale when the
    /// settings that plan it changed).
    func apply(
        files after: [String: StoredContact?], before: [String: StoredContact?], settings newSettings: Settings?,
        practice: [PracticeRecord]?, indexer: Indexer?, stamp: String
    ) throws {
        // Removals and rewritten touch lists first: a merge or its undo moves touches (their
        // ids unique) from one contact to another. Many to a statement (undoing an import of
        // 100k contacts removes them all).
        var appendFrom: [String: Int] = [:]
        var removed: [String] = []
        var rewritten: [String] = []
        for (id, file) in after.sorted(by: { $0.key < $1.key }) {
            guard let file else {
                removed.append(id)
                continue
            }
            let old = (before[id] ?? nil)?.touches ?? []
            let kept = old.count <= file.touches.count && Array(file.touches.prefix(old.count)) == old ? old.count : 0
            if kept == 0 && !old.isEmpty { rewritten.append(id) }
            appendFrom[id] = kept
        }
        for start in stride(from: 0, to: removed.count, by: 5000) {
            try database.rows("DELETE FROM contacts WHERE id = ANY(\(Array(removed[start..<min(start + 5000, removed.count)])))")
        }
        for start in stride(from: 0, to: rewritten.count, by: 5000) {
            try database.rows("DELETE FROM touches WHERE contact = ANY(\(Array(rewritten[start..<min(start + 5000, rewritten.count)])))")
        }
        // Then every contact and its new touches, many to a statement.
        let written = after.sorted(by: { $0.key < $1.key }).compactMap { id, file in file.map { (id, $0) } }
        let rows = written.map { ContactRow($0.1) }
        try insert(
            rows, into: "contacts",
            as: "id text, name text, key text, company text, status text, owner text, record jsonb, figures jsonb, quiet_since timestamptz",
            then: """
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, key = EXCLUDED.key, company = EXCLUDED.company,
                    status = EXCLUDED.status, owner = EXCLUDED.owner, record = EXCLUDED.record, figures = EXCLUDED.figures,
                    quiet_since = EXCLUDED.quiet_since
                """)
        let touches = written.flatMap { id, file in
            file.touches.enumerated().dropFirst(appendFrom[id] ?? 0).map { TouchRow(contact: id, position: $0.offset, $0.element) }
        }
        try insert(
            touches, into: "touches",
            as: "id text, contact text, position int, at timestamptz, body jsonb, by text, outcome text, set_next boolean")
        try ReviewFacts.write(written.map(\.1.contact), ids: Array(after.keys), to: database)
        // The figures as written (nil for a contact removed), computed once for the row and the sums.
        var figures: [String: StoredFigures?] = after.mapValues { _ in nil }
        for row in rows { figures[row.id] = row.figures }
        try StoredFigures.add(after: figures, before: before, to: database)
        if let practice {
            try database.rows("DELETE FROM practice")
            for entry in practice { try database.rows("INSERT INTO practice (body) VALUES (\(try PostgresCoding.encode(entry))::jsonb)") }
        }
        let settings = try newSettings ?? self.settings()
        if let newSettings {
            try database.rows("UPDATE ringback_meta SET settings = \(try PostgresCoding.encode(newSettings))::jsonb WHERE id = 1")
        }
        guard let indexer else {
            try database.rows("UPDATE ringback_meta SET schedule_stamp = '' WHERE id = 1")
            return
        }
        // Planned under other settings or content (or never, in a new database): all of it again, now.
        guard stamp == Planning.stamp(indexer, settings) else { return try rebuildSchedule(indexer, settings) }
        let ids = Array(after.keys)
        try database.rows("DELETE FROM schedule WHERE contact = ANY(\(ids))")
        try insertSchedule(after.values.compactMap { $0?.contact }, indexer, settings)
    }

    /// The whole schedule planned again from every contact (settings or content changed), a
    /// few thousand contacts at a time in id order, so memory stays flat in the team's size
    /// (each contact's steps are planned from that contact alone, as every write does).
    func rebuildSchedule(_ indexer: Indexer, _ settings: Settings) throws {
        try database.rows("DELETE FROM schedule")
        var last = ""
        while true {
            let contacts = try rows("SELECT record::text FROM contacts WHERE id > \(last) ORDER BY id LIMIT 5000").map {
                try decode(Contact.self, try $0.decode(String.self), "a contact")
            }
            guard let final = contacts.last else { break }
            last = final.id
            try insertSchedule(contacts, indexer, settings)
        }
        try database.rows("UPDATE ringback_meta SET schedule_stamp = \(Planning.stamp(indexer, settings)) WHERE id = 1")
    }

    private struct TouchRow: Encodable {
        var id: String
        var contact: String
        var position: Int
        var at: Date
        var body: Touch
        var by: String?
        var outcome: String
        var setNext: Bool?

        init(contact: String, position: Int, _ touch: Touch) {
            (id, self.contact, self.position, at, body) = (touch.id, contact, position, touch.at, touch)
            (by, outcome, setNext) = (touch.by, touch.outcome.rawValue, touch.setNext)
        }

        enum CodingKeys: String, CodingKey {
            case id, contact, position, at, body, by, outcome
            case setNext = "set_next"
        }
    }

    private struct StepRow: Encodable {
        var contact: String
        var owner: String?
        var position: Int
        var due: Date
        var timed: Bool
        var kind: String
        var item: AgendaItem
    }

    private struct ContactRow: Encodable {
        var id: String
        var name: String
        var key: String
        var company: String?
        var status: String
        var owner: String?
        var record: Contact
        var figures: StoredFigures
        var quietSince: Date?

        init(_ file: StoredContact) {
            let contact = file.contact
            (id, name, key, company) = (contact.id, contact.name, NameMatcher.normalize(contact.name), contact.company)
            (status, owner, record, figures) = (contact.status.rawValue, contact.owner, contact, StoredFigures(file.touches))
            quietSince = contact.quietSince
        }

        enum CodingKeys: String, CodingKey {
            case id, name, key, company, status, owner, record, figures
            case quietSince = "quiet_since"
        }
    }

    /// Rows written many to a statement: each chunk goes as one JSON array that the server
    /// turns into rows (`jsonb_to_recordset`). `columns` names and types them as the table
    /// does; `then` is what follows the SELECT (an ON CONFLICT clause).
    private func insert<Row: Encodable>(_ rows: [Row], into table: String, as columns: String, then: String = "") throws {
        let names = columns.split(separator: ",").map { $0.split(separator: " ")[0] }.joined(separator: ", ")
        for start in stride(from: 0, to: rows.count, by: 5000) {
            let json = try PostgresCoding.encode(Array(rows[start..<min(start + 5000, rows.count)]))
            try database.rows(
                """
                INSERT INTO \(unescaped: table) (\(unescaped: names)) SELECT \(unescaped: names)
                FROM jsonb_to_recordset(\(json)::jsonb) AS x(\(unescaped: columns)) \(unescaped: then)
                """)
        }
    }

    /// The schedule rows of `contacts`, planned by `indexer`, each with its contact's owner.
    private func insertSchedule(_ contacts: [Contact], _ indexer: Indexer, _ settings: Settings) throws {
        let owners = Dictionary(contacts.map { ($0.id, $0.owner) }) { first, _ in first }
        var position: [String: Int] = [:]
        let rows = indexer.build(settings, contacts).map { item -> StepRow in
            let step = item.step
            defer { position[step.contact, default: 0] += 1 }
            return StepRow(
                contact: step.contact, owner: owners[step.contact] ?? nil, position: position[step.contact, default: 0], due: step.due,
                timed: step.timed, kind: step.kind.rawValue, item: item)
        }
        try insert(
            rows, into: "schedule", as: "contact text, owner text, position int, due timestamptz, timed boolean, kind text, item jsonb")
    }
}
