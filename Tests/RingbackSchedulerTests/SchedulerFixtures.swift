import Foundation
import RingbackContent
import RingbackCore
import RingbackScheduler

/// A scheduler on the shipped content, in Paris, Monday to Friday.
enum SchedulerFixtures {
    static let content = try! ContentLoader.load(
        directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content").standardizedFileURL.path)
    static let paris = TimeZone(identifier: "Europe/Paris")!
    static let scheduler = Scheduler(content: content, settings: Settings(), timeZone: paris)
    static var calendar: BusinessCalendar { scheduler.calendar }

    static func date(_ text: String) -> Date { When.iso8601(text, calendar: calendar)!.date }

    /// A contact created on Monday 16 Nov 2026 with these touches ("2026-11-20T10:00 voicemail call").
    static func contact(cadence: String? = nil, _ touches: [(String, Outcome, Channel)]) -> Contact {
        var contact = Contact(id: "dana", name: "Dana Ruiz", company: "Acme", created: date("2026-11-16T09:00"))
        contact.cadence = cadence
        for (at, outcome, channel) in touches {
            contact.record(Touch(id: at, contact: "dana", at: date(at), channel: channel, outcome: outcome), calendar: calendar)
        }
        return contact
    }
}
