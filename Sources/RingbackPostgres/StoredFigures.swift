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

extension PostgresStore {
    /// Everyone's real-call figures, added up by the database from each contact's.
    public func figures() throws -> ActivityFigures { try addedUp(byRep: false)[""] ?? ActivityFigures() }

    /// Each rep's figures from the touches they recorded, added up by the database.
    public func figuresByRep() throws -> [String: ActivityFigures] { try addedUp(byRep: true) }

    /// The figures grouped by rep ("" for everyone's), in two queries over the contacts'
    /// figures (replies summed channel by channel in the first); the tries before each reply
    /// come back counted, in ascending order.
    private func addedUp(byRep: Bool) throws -> [String: ActivityFigures] {
        let source =
            byRep
            ? "SELECT e.key AS rep, e.value AS f FROM contacts, jsonb_each(figures->'by') e"
            : "SELECT '' AS rep, figures->'all' AS f FROM contacts WHERE figures IS NOT NULL"
        let channels = Channel.allCases.map { "'\($0.rawValue)', coalesce(sum((f->'repliesByChannel'->>'\($0.rawValue)')::bigint), 0)" }
        var result: [String: ActivityFigures] = [:]
        let totals = PostgresQuery(
            unsafeSQL: """
                SELECT rep, sum((f->>'conversations')::bigint)::bigint, sum((f->>'conversationsWithNextTime')::bigint)::bigint,
                    jsonb_build_object(\(channels.joined(separator: ", ")))::text
                FROM (\(source)) x GROUP BY rep
                """)
        for row in try rows(totals) {
            let (rep, conversations, withNextTime, replies) = try row.decode((String, Int, Int, String).self)
            var figures = ActivityFigures()
            figures.conversations = conversations
            figures.conversationsWithNextTime = withNextTime
            figures.repliesByChannel = try decode([String: Int].self, replies, "the replies by channel").filter { $0.value > 0 }
            result[rep] = figures
        }
        let tries = PostgresQuery(
            unsafeSQL: """
                SELECT rep, a::bigint, count(*)::bigint FROM (\(source)) x, jsonb_array_elements_text(f->'attemptsBeforeReplies') a
                GROUP BY rep, a::bigint ORDER BY rep, a::bigint
                """)
        for row in try rows(tries) {
            let (rep, attempts, count) = try row.decode((String, Int, Int).self)
            result[rep, default: ActivityFigures()].attemptsBeforeReplies += Array(repeating: attempts, count: count)
        }
        return result
    }
}
