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
        let paired = StepKind.pairedMessage.rawValue
        let promised = StepKind.promised.rawValue
        let owed = StepKind.owed.rawValue
        // `applies` is the steps that still apply today, inlined where it is used so each use
        // walks an index: the first due step of each kind, the first step to come. One rep's
        // steps and nobody's are two branches, so each walks the (owner, kind, due) index
        // (an OR of the two would make the database step over everyone else's).
        let query: PostgresQuery = """
            WITH kinds (kind, rank) AS (VALUES \(unescaped: kinds)),
            mine AS NOT MATERIALIZED (
                SELECT s.contact, s.due, s.kind, s.timed FROM schedule s WHERE \(viewer)::text IS NULL OR s.owner = \(viewer)
                UNION ALL
                SELECT s.contact, s.due, s.kind, s.timed FROM schedule s WHERE \(viewer)::text IS NOT NULL AND s.owner IS NULL
            ),
            applies AS NOT MATERIALIZED (
                SELECT s.contact, s.due, s.kind, NOT s.timed AND s.due < \(endOfToday) OR s.timed AND s.due <= \(now) AS due_now
                FROM mine s
                WHERE CASE WHEN s.kind = \(paired) THEN s.due >= \(today) WHEN s.kind IN (\(promised), \(owed)) THEN true
                    ELSE NOT EXISTS (
                        SELECT 1 FROM schedule p WHERE p.contact = s.contact AND p.kind = \(paired) AND p.due >= \(today)) END
            ),
            due_now AS (
                SELECT k.rank, f.due, k.kind FROM kinds k CROSS JOIN LATERAL (
                    SELECT a.due FROM applies a WHERE a.kind = k.kind AND a.due_now ORDER BY a.due LIMIT 1) f
                ORDER BY k.rank, f.due LIMIT 1
            ),
            later AS (
                SELECT a.due, a.kind FROM applies a JOIN kinds k ON k.kind = a.kind
                WHERE NOT a.due_now AND a.due = (SELECT min(due) FROM applies WHERE NOT due_now)
                ORDER BY k.rank LIMIT 1
            ),
            best AS (SELECT due, kind FROM due_now UNION ALL SELECT due, kind FROM later WHERE NOT EXISTS (SELECT 1 FROM due_now))
            SELECT DISTINCT a.contact FROM applies a JOIN best b ON a.due = b.due AND a.kind = b.kind
            """
        let chosen = try rows(query).map { try $0.decode(String.self) }
        return Schedule(settings: settings, items: try steps(of: chosen))
    }
}
