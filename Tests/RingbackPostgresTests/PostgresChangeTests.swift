import Foundation
import RingbackCore
import RingbackStore
import Testing

@testable import RingbackPostgres

struct PostgresChangeTests {
    let day = Date(timeIntervalSince1970: 1_795_000_000)

    func file(_ id: String, touches: Int, owner: String? = nil) -> StoredContact {
        var contact = Contact(id: id, name: id.capitalized, created: day)
        contact.owner = owner
        return StoredContact(
            contact: contact,
            touches: (0..<touches).map {
                Touch(id: "\(id)-\($0)", contact: id, at: day + Double($0) * 60, channel: .call, outcome: .voicemail)
            })
    }

    @Test func aNewContactAndTheNewTouchesCarryTheRepNotTheOldOnes() throws {
        var old = file("dana", touches: 1, owner: "Ana")
        old.touches[0].by = "Ana"
        var record = try PostgresChange(
            before: ["dana": old, "zoe": nil], after: ["dana": file("dana", touches: 2, owner: "Ana"), "zoe": file("zoe", touches: 1)])
        record.after?["dana"]??.touches[0].by = "Ana"
        try record.markAuthor("Sam")
        let dana = try #require(record.after?["dana"] ?? nil)
        #expect(dana.contact.owner == "Ana")
        #expect(dana.touches.map(\.by) == ["Ana", "Sam"])
        let zoe = try #require(record.after?["zoe"] ?? nil)
        #expect(zoe.contact.owner == "Sam")
        #expect(zoe.touches.map(\.by) == ["Sam"])
        #expect(record.digests["zoe"] == (try PostgresChange.digest(zoe)))
    }

    @Test func theUndoStackKeepsDigestsNotContacts() throws {
        let record = try PostgresChange(before: ["dana": nil], after: ["dana": file("dana", touches: 3), "gone": nil])
        #expect(record.stored.after == nil)
        #expect(record.stored.digests["gone"] == "")
        #expect(record.digests["dana"] != (try PostgresChange.digest(file("dana", touches: 2))))
        #expect(record.digests["dana"] == (try PostgresChange.digest(file("dana", touches: 3))))
    }
}
