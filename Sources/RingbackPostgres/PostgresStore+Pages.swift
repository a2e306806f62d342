import PostgresNIO
import RingbackCore
import RingbackStore

/// One page of a team's list in name order, with the count of all: `contacts` on a team of a
/// million shows its first screen without reading everyone (an index on the name key).
extension PostgresStore {
    /// The contacts this viewer sees (only nobody's with `unowned`), `limit` of them from
    /// `offset` in name order, how many there are in all, and the steps of those on the page.
    public func directoryPage(unowned: Bool, offset: Int, limit: Int, indexer: Indexer) throws -> (
        contacts: [ContactSummary], total: Int, schedule: Schedule
    ) {
        let total =
            try rows(
                """
                SELECT count(*) FROM contacts
                WHERE (\(viewer)::text IS NULL OR owner = \(viewer) OR owner IS NULL) AND (NOT \(unowned) OR owner IS NULL)
                """
            ).first?.decode(Int.self) ?? 0
        let contacts = try rows(
            """
            SELECT record::text FROM contacts
            WHERE (\(viewer)::text IS NULL OR owner = \(viewer) OR owner IS NULL) AND (NOT \(unowned) OR owner IS NULL)
            ORDER BY key, id LIMIT \(limit) OFFSET \(offset)
            """
        ).map { ContactSummary(try decode(Contact.self, try $0.decode(String.self), "a contact")) }
        let settings = try currentSchedule(indexer)
        return (contacts, total, Schedule(settings: settings, items: try steps(of: contacts.map(\.id))))
    }
}
