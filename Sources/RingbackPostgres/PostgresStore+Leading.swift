import Foundation
import PostgresNIO
import RingbackCore
import RingbackStore

/// `next` on a team store: the database ranks the steps itself, so the answer costs the
/// same whatever the number of steps, and only the contacts tied for first travel.
extension PostgresStore {
    /// The full steps of the contacts whose step leads at `now`: the most important step due
    /// now (by kind, then the longest waiting), else the earliest to come (by time, then
    /// kind), with every contact tied with it on time and kind (names break those ties
    /// later). The same choice as `Agenda.mostImportantIndex`, including which steps still
    /// apply today (a voicemail's paired message only on its own day, the step after it
    /// waiting while it is today's). `day` gives the start of today and of tomorrow under
    /// the store's settings.
    public func leadingSchedule(indexer: Indexer, now: Date, day: (Settings) -> (start: Date, end: Date)) throws -> Schedule {
        let settings = try currentSchedule(indexer)
        let (today, endOfToday) = day(settings)
        let kinds = StepKind.allCases.map { "('\($0.rawValue)', \($0.rank))" }.joined(separator: ", ")
        // $1 the viewer (nil: everyone), $2 the start of today, $3 of tomorrow, $4 now, then the
        // kinds that apply differently: $5 a voicemail's paired message, $6 and $7 promises.
        var binds = PostgresBindings()
        binds.append(viewer)
        for date in [today, endOfToday, now] { binds.append(date) }
        for kind in [StepKind.pairedMessage, .promised, .owed] { binds.append(kind.rawValue) }
        // The steps that still apply today, and those due now.
        let applies = """
            CASE WHEN s.kind = $5 THEN s.due >= $2 WHEN s.kind IN ($6, $7) THEN true
            ELSE NOT EXISTS (SELECT 1 FROM schedule p WHERE p.contact = s.contact AND p.kind = $5 AND p.due >= $2) END
            """
        let dueNow = "(NOT s.timed AND s.due < $3 OR s.timed AND s.due <= $4)"
        // One rep's steps and nobody's are two branches, each read in order from the (owner,
        // kind, due) index (everyone's from the (kind, due) one), so a first step of a kind
        // costs one index probe, not a read of the rep's every step.
        func first(_ kind: String, _ condition: String, _ columns: String = "s.due", limit: Bool = true) -> String {
            let tail = limit ? " ORDER BY s.due LIMIT 1" : ""
            return """
                (SELECT \(columns) FROM schedule s WHERE ($1::text IS NULL OR s.owner = $1) AND s.kind = \(kind) AND \(condition) AND \(applies)\(tail))
                UNION ALL
                (SELECT \(columns) FROM schedule s WHERE $1::text IS NOT NULL AND s.owner IS NULL AND s.kind = \(kind) AND \(condition) AND \(applies)\(tail))
                """
        }
        let query = PostgresQuery(
            unsafeSQL: """
                WITH kinds (kind, rank) AS (VALUES \(kinds)),
                due_now AS (
                    SELECT k.rank, f.due, k.kind FROM kinds k
                    CROSS JOIN LATERAL (SELECT due FROM (\(first("k.kind", dueNow))) x ORDER BY due LIMIT 1) f
                    ORDER BY k.rank, f.due LIMIT 1
                ),
                later AS (
                    SELECT f.due, k.kind FROM kinds k
                    CROSS JOIN LATERAL (SELECT due FROM (\(first("k.kind", "s.due > $4 AND NOT \(dueNow)"))) x ORDER BY due LIMIT 1) f
                    ORDER BY f.due, k.rank LIMIT 1
                ),
                best AS (SELECT due, kind FROM due_now UNION ALL SELECT due, kind FROM later WHERE NOT EXISTS (SELECT 1 FROM due_now))
                SELECT DISTINCT c.contact FROM best b
                CROSS JOIN LATERAL (\(first("b.kind", "s.due = b.due", "s.contact", limit: false))) c
                """, binds: binds)
        let chosen = try rows(query).map { try $0.decode(String.self) }
        return Schedule(settings: settings, items: try steps(of: chosen))
    }
}
