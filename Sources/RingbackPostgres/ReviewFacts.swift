import Foundation
import PostgresNIO
import RingbackCore

/// What a look back at the week counts, kept beside each contact so the database counts it
/// for a whole team without reading a record: when the contact's quiet counts from
/// (`contacts.quiet_since`), and a mark for each promise that slips after its day and each
/// promise kept (`promise_marks`). Defined by `Contact.quietSince`, `promisesThatSlip` and
/// `promisesKept`, as `review` reads them from the records.
struct ReviewFacts {
    private struct Mark: Encodable {
        var contact: String
        var owner: String?
        var kind: String
        var at: Date
    }

    /// The marks of some contacts.
    private static func marks(_ contacts: [Contact]) -> [Mark] {
        contacts.flatMap { contact in
            contact.promisesThatSlip.map { Mark(contact: contact.id, owner: contact.owner, kind: "due", at: $0.due) }
                + contact.promisesKept.map { Mark(contact: contact.id, owner: contact.owner, kind: "kept", at: $0.at) }
        }
    }

    /// Puts in the marks of contacts just written, after taking out those they had.
    static func write(_ contacts: [Contact], ids: [String], to database: PostgresDatabase) throws {
        for start in stride(from: 0, to: ids.count, by: 5000) {
            try database.rows("DELETE FROM promise_marks WHERE contact = ANY(\(Array(ids[start..<min(start + 5000, ids.count)])))")
        }
        let marks = marks(contacts)
        for start in stride(from: 0, to: marks.count, by: 5000) {
            let json = try PostgresCoding.encode(Array(marks[start..<min(start + 5000, marks.count)]))
            try database.rows(
                """
                INSERT INTO promise_marks (contact, owner, kind, at)
                SELECT contact, owner, kind, at FROM jsonb_to_recordset(\(json)::jsonb) AS x(contact text, owner text, kind text, at timestamptz)
                """)
        }
    }

    /// Fills the facts of every contact (a database from before they were kept), a few
    /// thousand contacts at a time, in id order.
    static func fill(_ database: PostgresDatabase) throws {
        var last = ""
        while true {
            let contacts = try database.rows("SELECT record::text FROM contacts WHERE id > \(last) ORDER BY id LIMIT 2000").map {
                try PostgresCoding.decode(Contact.self, try $0.decode(String.self))
            }
            guard let final = contacts.last else { return }
            last = final.id
            try write(contacts, ids: [], to: database)
            let quiet = try PostgresCoding.encode(contacts.map { QuietRow(id: $0.id, quietSince: $0.quietSince) })
            try database.rows(
                """
                UPDATE contacts SET quiet_since = x.quiet_since
                FROM jsonb_to_recordset(\(quiet)::jsonb) AS x(id text, quiet_since timestamptz) WHERE contacts.id = x.id
                """)
        }
    }

    private struct QuietRow: Encodable {
        var id: String
        var quietSince: Date?

        enum CodingKeys: String, CodingKey {
            case id
            case quietSince = "quiet_since"
        }
    }
}
