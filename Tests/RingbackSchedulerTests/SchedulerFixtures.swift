import Foundation
import RingbackContent
import RingbackCore
import RingbackScheduler
import RingbackTestSupport

/// A scheduler on the shipped content, in Paris, Monday to Friday.
enum SchedulerFixtures {
    static let scheduler = Scheduler(content: ShippedContent.content, settings: Settings(), timeZone: Paris.timeZone)
    static var calendar: BusinessCalendar { scheduler.calendar }

    /// A contact created on Monday 16 Nov 2026 with these touches ("2026-11-20T10:00 voicemail call").
    static func contact(cadence: String? = nil, _ touches: [(String, Outcome, Channel)]) -> Contact {
        var contact = Contact(id: "dana", name: "Dana Ruiz", company: "Acme", created: Paris.date("2026-11-16T09:00"))
        contact.cadence = cadence
        for (at, outcome, channel) in touches {
            contact.record(Touch(id: at, contact: "dana", at: Paris.date(at), channel: channel, outcome: outcome), calendar: calendar)
        }
        return contact
    }
}
