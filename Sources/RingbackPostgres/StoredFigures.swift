import Foundation
import PostgresNIO
import RingbackCore
import RingbackStore

/// A contact's real-call figures as the team database keeps them beside the record
/// (`contacts.figures`): from all their touches, and from each rep's own, so `stats` and
/// `stats --team` add rows up in the database instead of reading every touch (a million
/// touches took 20 s to read).
struct StoredFigures: Codable, Equatable {
    var all: ActivityFigures
    /// Each rep's figures from the touches they recorded (`Touch.by`).
    var by: [String: ActivityFigures]

    init(_ touches: [Touch]) {
        all = ActivityFigures(contactTouches: touches)
        by = Dictionary(grouping: touches.filter { $0.by != nil }) { $0.by ?? "" }.mapValues { ActivityFigures(contactTouches: $0) }
    }

    /// Fills the figures of contacts that have none (a database from before they were kept),
    /// a few thousand contacts at a time.
    static func fill(_ database: PostgresDatabase) throws {
        let ids = try database.rows("SELECT id FROM contacts WHERE figures IS NULL ORDER BY id").map { try $0.decode(String.self) }
        for start in stride(from: 0, to: ids.count, by: 2000) {
            let chunk = Array(ids[start..<min(start + 2000, ids.count)])
            var touches: [String: [Touch]] = [:]
            for row in try database.rows("SELECT contact, body::text FROM touches WHERE contact = ANY(\(chunk)) ORDER BY contact, position")
            {
                let (contact, body) = try row.decode((String, String).self)
                touches[contact, default: []].append(try PostgresCoding.decode(Touch.self, body))
            }
            let rows = chunk.map { Row(id: $0, figures: StoredFigures(touches[$0] ?? [])) }
            try database.rows(
                """
                UPDATE contacts SET figures = x.figures FROM jsonb_to_recordset(\(try PostgresCoding.encode(rows))::jsonb)
                AS x(id text, figures jsonb) WHERE contacts.id = x.id
                """)
        }
    }

    private struct Row: Encodable {
        var id: String
        var figures: StoredFigures
    }
}

extension StoredFigures {
    /// Adds what a write changes to each rep's sums (`figure_sums`): the figures of the
    /// contacts as written, less those they had. Writes are one at a time (they hold the
    /// meta row), so the sums never miss one; left alone while they are to be added up again.
    static func add(after: [String: StoredFigures?], before: [String: StoredContact?], to database: PostgresDatabase) throws {
        guard try database.rows("SELECT sums_fresh FROM ringback_meta WHERE id = 1").first?.decode(Bool.self) == true else { return }
        var change: [SumRow: Int] = [:]
        func count(_ figures: StoredFigures?, _ sign: Int) {
            guard let figures else { return }
            for (rep, repFigures) in [("", figures.all)] + figures.by.map({ ($0.key, $0.value) }) {
                for (metric, value) in repFigures.metrics { change[SumRow(rep: rep, metric: metric), default: 0] += sign * value }
            }
        }
        for (id, figures) in after {
            count(figures, 1)
            count((before[id] ?? nil).map { StoredFigures($0.touches) }, -1)
        }
        let rows = change.filter { $0.value != 0 }.map { SumRow(rep: $0.key.rep, metric: $0.key.metric, value: $0.value) }
            .sorted { ($0.rep, $0.metric) < ($1.rep, $1.metric) }
        guard !rows.isEmpty else { return }
        try database.rows(
            """
            INSERT INTO figure_sums (rep, metric, value)
            SELECT rep, metric, value FROM jsonb_to_recordset(\(try PostgresCoding.encode(rows))::jsonb) AS x(rep text, metric text, value bigint)
            ON CONFLICT (rep, metric) DO UPDATE SET value = figure_sums.value + EXCLUDED.value
            """)
    }

    /// Each rep's sums added up again from every contact's figures, in the database (a
    /// database from before they were kept, or one grown outside Ringback).
    static func addUp(_ database: PostgresDatabase) throws {
        try database.rows("DELETE FROM figure_sums")
        try database.rows(
            """
            INSERT INTO figure_sums (rep, metric, value)
            SELECT rep, metric, sum(value) FROM (
                SELECT '' AS rep, figures->'all' AS f FROM contacts WHERE figures IS NOT NULL
                UNION ALL SELECT e.key, e.value FROM contacts, jsonb_each(figures->'by') e
            ) x, LATERAL (
                SELECT 'conversations', (f->>'conversations')::bigint
                UNION ALL SELECT 'conversationsWithNextTime', (f->>'conversationsWithNextTime')::bigint
                UNION ALL SELECT 'replies:' || r.key, r.value::bigint FROM jsonb_each_text(f->'repliesByChannel') r
                UNION ALL SELECT 'tries:' || a, 1 FROM jsonb_array_elements_text(f->'attemptsBeforeReplies') a
            ) m(metric, value)
            GROUP BY rep, metric HAVING sum(value) <> 0
            """)
        try database.rows("UPDATE ringback_meta SET sums_fresh = true WHERE id = 1")
    }

    private struct SumRow: Hashable, Encodable {
        var rep: String
        var metric: String
        var value = 0
    }
}

extension ActivityFigures {
    /// The figures as counts that add up across contacts: conversations, those with a next
    /// time set, replies by channel ("replies:call"), replies by tries before them ("tries:3").
    var metrics: [String: Int] {
        var counts = ["conversations": conversations, "conversationsWithNextTime": conversationsWithNextTime]
        for (channel, replies) in repliesByChannel { counts["replies:" + channel] = replies }
        for attempts in attemptsBeforeReplies { counts["tries:\(attempts)", default: 0] += 1 }
        return counts
    }

    /// The figures from added-up counts; the tries before each reply in ascending order.
    init(metrics: [String: Int]) {
        self.init()
        conversations = metrics["conversations"] ?? 0
        conversationsWithNextTime = metrics["conversationsWithNextTime"] ?? 0
        for (metric, value) in metrics where value > 0 {
            if metric.hasPrefix("replies:") { repliesByChannel[String(metric.dropFirst(8))] = value }
            if metric.hasPrefix("tries:"), let attempts = Int(metric.dropFirst(6)) {
                attemptsBeforeReplies += Array(repeating: attempts, count: value)
            }
        }
        attemptsBeforeReplies.sort()
    }
}

extension PostgresStore {
    /// The real-call figures of the touches this user recorded (everyone's with `--team` or
    /// with no name set), from the sums the database keeps.
    public func figures() throws -> ActivityFigures { try summed()[viewer ?? ""] ?? ActivityFigures() }

    /// Each rep's figures from the touches they recorded, from the sums the database keeps.
    public func figuresByRep() throws -> [String: ActivityFigures] { try summed().filter { !$0.key.isEmpty } }

    /// The sums by rep ("" for everyone's), added up again first when they are not fresh.
    private func summed() throws -> [String: ActivityFigures] {
        try ready()
        if try rows("SELECT sums_fresh FROM ringback_meta WHERE id = 1").first?.decode(Bool.self) != true {
            try database.transaction {
                let fresh = try database.rows("SELECT sums_fresh FROM ringback_meta WHERE id = 1 FOR UPDATE").first?.decode(Bool.self)
                if fresh != true { try StoredFigures.addUp(database) }
            }
        }
        var metrics: [String: [String: Int]] = [:]
        for row in try rows("SELECT rep, metric, value FROM figure_sums") {
            let (rep, metric, value) = try row.decode((String, String, Int).self)
            metrics[rep, default: [:]][metric] = value
        }
        return metrics.mapValues { ActivityFigures(metrics: $0) }
    }
}
