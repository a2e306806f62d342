import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

struct ContactDetailsTests {
    @Test(arguments: [
        ("Zoë Lambert", "zoe-lambert"), ("  Dana   Ruiz ", "dana-ruiz"), ("O'Brien & Sons, Ltd.", "o-brien-sons-ltd"),
        ("!!!", "contact"), ("李小龍", "李小龍"), (String(repeating: "a", count: 60), String(repeating: "a", count: 40)),
    ])
    func idsAreSlugsOfTheName(name: String, id: String) {
        #expect(Contact.newID(for: name, taken: []) == id)
    }

    @Test func takenIdsGetANumber() {
        #expect(Contact.newID(for: "Dana Ruiz", taken: ["dana-ruiz"]) == "dana-ruiz-2")
        #expect(Contact.newID(for: "Dana Ruiz", taken: ["dana-ruiz", "dana-ruiz-2"]) == "dana-ruiz-3")
    }

    @Test func aNewContactCarriesItsDetails() {
        let contact = Contact.new(
            named: "Dana Ruiz", details: ContactDetails(company: "Acme", tidbit: "likes golf"), taken: [],
            on: Paris.date("2026-11-24"))
        #expect(contact.id == "dana-ruiz")
        #expect(contact.company == "Acme")
        #expect(contact.context == .sales)
        #expect(contact.tidbits == ["likes golf"])
        #expect(contact.status == .active)
    }

    @Test func closingEndsTheFollowUpAndItsPromises() {
        var contact = Contact(id: "dana", name: "Dana", created: Paris.date("2026-11-01"))
        contact.commitments = [
            Commitment(owner: .them, what: "budget", due: Paris.date("2026-11-27"), timed: false, made: Paris.date("2026-11-20"))
        ]
        contact.close(won: true, on: Paris.date("2026-11-24"))
        #expect(contact.status == .won)
        #expect(contact.commitments.isEmpty)
        contact.close(won: false, on: Paris.date("2026-11-24"))
        #expect(contact.status == .lost)
    }
}
