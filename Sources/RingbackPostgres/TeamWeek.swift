import Foundation
import PostgresNIO
import RingbackCore

/// One rep's week in counts, for `review --team`: the touches they recorded, the replies and
/// conversations among them and those that ended with a next time set; on the contacts they
/// own, promises kept in the window, promises slipped by today, contacts going cold.
public struct RepWeek: Equatable, Encodable, Sendable {
    /// The rep's name; nil for the row of contacts nobody owns (and touches nobody signed).
    public var rep: String?
    public var touches = 0
    public var replies = 0
    public var conversations = 0
    public var conversationsWithNextTime = 0
    public var kept = 0
    public var slipped = 0
    public var goingCold = 0

    public init(rep: String?) { self.rep = rep }
}

extension PostgresStore {
    /// Every rep's week, counted by the database from the columns and marks it keeps
    /// (schema 4), never from the records: touches from `from` to `now`, promises kept in
    /// that window, promises due before `today` still open, contacts quiet since before
    /// `coldBefore`. A row for each rep who recorded a touch in the window or owns a contact,
    /// in name order, then nobody's when it has anything.
    public func teamWeek(from: Date, now: Date, today: Date, coldBefore: Date) throws -> [RepWeek] {
        let real = Outcome.allCases.filter(\.isRealContact).map(\.rawValue)
        let talks = [Outcome.connected, .meetingHeld].map(\.rawValue)
        let query: PostgresQuery = """
            WITH RECURSIVE owners (owner) AS (
                (SELECT owner FROM contacts WHERE owner IS NOT NULL ORDER BY owner LIMIT 1)
                UNION ALL
                SELECT (SELECT c.owner FROM contacts c WHERE c.owner > o.owner ORDER BY c.owner LIMIT 1) FROM owners o
                WHERE o.owner IS NOT NULL
            ),
            counts (rep, touches, replies, talks, talks_next, kept, slipped, cold) AS (
                SELECT by, count(*), count(*) FILTER (WHERE outcome = ANY(\(real))), count(*) FILTER (WHERE outcome = ANY(\(talks))),
                    count(*) FILTER (WHERE outcome = ANY(\(talks)) AND set_next), 0, 0, 0
                FROM touches WHERE at >= \(from) AND at <= \(now) GROUP BY by
                UNION ALL
                SELECT owner, 0, 0, 0, 0, count(*) FILTER (WHERE kind = 'kept' AND at >= \(from) AND at <= \(now)),
                    count(*) FILTER (WHERE kind = 'due' AND at < \(today)), 0
                FROM promise_marks WHERE kind = 'kept' AND at >= \(from) AND at <= \(now) OR kind = 'due' AND at < \(today) GROUP BY owner
                UNION ALL
                SELECT owner, 0, 0, 0, 0, 0, 0, count(*) FROM contacts WHERE quiet_since < \(coldBefore) GROUP BY owner
                UNION ALL
                SELECT owner, 0, 0, 0, 0, 0, 0, 0 FROM owners WHERE owner IS NOT NULL
                UNION ALL
                (SELECT NULL, 0, 0, 0, 0, 0, 0, 0 FROM contacts WHERE owner IS NULL LIMIT 1)
            )
            SELECT rep, sum(touches)::bigint, sum(replies)::bigint, sum(talks)::bigint, sum(talks_next)::bigint, sum(kept)::bigint,
                sum(slipped)::bigint, sum(cold)::bigint
            FROM counts GROUP BY rep ORDER BY rep NULLS LAST
            """
        return try rows(query).map { row in
            let (rep, touches, replies, talks, talksNext, kept, slipped, cold) = try row.decode(
                (String?, Int, Int, Int, Int, Int, Int, Int).self)
            var week = RepWeek(rep: rep)
            (week.touches, week.replies, week.conversations, week.conversationsWithNextTime) = (touches, replies, talks, talksNext)
            (week.kept, week.slipped, week.goingCold) = (kept, slipped, cold)
            return week
        }
    }
}
