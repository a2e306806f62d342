import Foundation
import RingbackCore
import RingbackStore
import Testing

@testable import RingbackCLI

struct AgendaFilterTests {
    func item(_ id: String, _ channel: Channel) -> AgendaItem {
        AgendaItem(
            name: id, company: nil,
            step: NextStep(
                contact: id, due: Date(), timed: false, channel: channel, kind: .cadence, technique: "t", script: "s", attempt: 1))
    }

    func summary(_ name: String, company: String?, context: ContactContext, tags: [String]) -> ContactSummary {
        var contact = Contact(id: name, name: name, company: company, created: Date())
        contact.context = context
        contact.tags = tags
        return ContactSummary(contact)
    }

    @Test func keepsOnlyWhatEveryGivenPartAllows() throws {
        let filter = try AgendaFilter(channel: "calls", tag: "Q1", context: "sales", company: "acme")
        let dana = summary("Dana", company: "Acmé Logistics", context: .sales, tags: ["q1"])
        #expect(filter.keeps(item("Dana", .call), contact: dana))
        #expect(!filter.keeps(item("Dana", .email), contact: dana))
        #expect(!filter.keeps(item("Sam", .call), contact: summary("Sam", company: "Acme", context: .networking, tags: ["q1"])))
        #expect(!filter.keeps(item("Kim", .call), contact: summary("Kim", company: "Globex", context: .sales, tags: ["q1"])))
        #expect(!filter.keeps(item("Lee", .call), contact: summary("Lee", company: "Acme", context: .sales, tags: [])))
        #expect(!filter.keeps(item("Gone", .call), contact: nil))
        #expect(filter.description == "calls, for sales contacts tagged q1 at acme")
    }

    @Test func aChannelAloneNeedsNoContactsAndBadValuesAreRefused() throws {
        let calls = try AgendaFilter(channel: "call", tag: nil, context: nil, company: " ")
        #expect(!calls.isEmpty && !calls.needsContacts && calls.keeps(item("x", .call), contact: nil))
        #expect(try AgendaFilter(channel: nil, tag: "", context: nil, company: nil).isEmpty)
        #expect(throws: RequestError.self) { try AgendaFilter(channel: "pigeon", tag: nil, context: nil, company: nil) }
        #expect(throws: RequestError.self) { try AgendaFilter(channel: nil, tag: nil, context: "golf", company: nil) }
    }
}
