import ArgumentParser
import Foundation
import RingbackCore

/// `ringback show NAME`: one contact's details, timeline and next step.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One contact: details, promises, timeline and next step.")

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp("Enough of the name to pick one contact.", valueName: "name"), completion: CompletionCandidates.contactNames)
    var names: [String]
    /// The name as typed, unquoted words and all ("show dana ruiz").
    var name: String { names.joined(separator: " ") }

    struct Details: Encodable {
        var contact: Contact
        var status: String
        var timeline: [Touch]
        var next: StepView?
    }

    func run() throws { try Console.paged { try show() } }

    private func show() throws {
        let session = try Session(global)
        let file = try ContactLookup.find(name, in: session.store, session: session)
        let contact = file.contact
        let settings = try session.store.settings()
        let scheduler = session.scheduler(settings)
        let calendar = scheduler.calendar
        let now = session.now
        let timeline = file.touches
        let next = scheduler.nextStep(for: contact, asOf: session.now).map {
            StepView($0, of: contact, content: session.content, now: now, calendar: calendar).signed(settings)
        }
        if session.json { return try Output.json(Details(contact: contact, status: contact.statusLabel, timeline: timeline, next: next)) }

        Console.print(contact.label)
        var facts = [
            "status: \(contact.statusLabel)", "context: \(contact.context.rawValue)",
            contact.every.map { "rhythm: \(Rhythm.describe($0))" } ?? "cadence: \(scheduler.cadence(for: contact).name)",
        ]
        if let channel = contact.preferredChannel { facts.append("prefers: \(channel.rawValue)") }
        if let email = contact.email { facts.append("email: \(email)") }
        if let phone = contact.phone { facts.append("phone: \(phone)") }
        if let mobile = contact.mobile { facts.append("mobile: \(mobile)") }
        if let zone = contact.timeZone { facts.append("time zone: \(zone)") }
        if let tags = contact.tags, !tags.isEmpty { facts.append("tags: \(tags.joined(separator: ", "))") }
        Console.print("  " + facts.joined(separator: " · "))
        if let stopped = contact.stopped {
            Console.print(
                "  Do not contact since \(DateText.dayName(stopped.date, calendar, now: now))\(stopped.reason.map { ": \($0)" } ?? "")")
        }
        for promise in contact.commitments {
            if promise.isAgreedContact {
                // "Agreed next contact: call · Thu 10 Dec, 14:00", with its topic when one was said.
                let when = DateText.describe(promise.due, timed: promise.timed, now: now, calendar: calendar)
                let topic = promise.what == "the next step" ? "" : " · about \(promise.what)"
                Console.print("  Agreed next contact: \((promise.channel ?? .call).rawValue) · \(when)\(topic)")
                continue
            }
            let label = promise.isTodo ? "You owe" : "\(contact.firstName) owes"
            Console.print("  \(label): \(RecordingText.todo(promise, now: now, calendar: calendar))")
        }
        if let away = contact.notBefore, away > now {
            // Why, when the user gave a reason with the snooze that set it.
            let reason = contact.snoozes?.last.flatMap { $0.until == away ? $0.reason : nil }.map { " (\($0))" } ?? ""
            Console.print("  Not before: \(DateText.describe(away, timed: false, now: now, calendar: calendar))\(reason)")
        }
        if let id = contact.referredBy, let source = try session.store.contact(id: id)?.contact {
            Console.print("  Referred by: \(source.label)")
        }
        // What their mail said that sync left for the user to apply (`sync looks`).
        let looks = (try? PendingLooks.read(environment: ProcessInfo.processInfo.environment))?.byStore[session.location] ?? []
        for look in looks where look.contact == contact.id {
            Console.print("  Their reply to look at: \(look.what): \"\(look.words)\" → \(look.command)")
        }
        for tidbit in contact.tidbits { Console.print("  Held back to share: \(tidbit)") }
        for shared in contact.sharedTidbits ?? [] {
            Console.print("  Shared: \(shared.what) · \(DateText.describe(shared.at, timed: false, now: now, calendar: calendar))")
        }
        Console.print("Timeline (\(timeline.count)):")
        // An import's last activity date: touches kept elsewhere, counted but not listed.
        let before = contact.history.touches - timeline.count
        if before > 0, let last = contact.history.lastTouch {
            let when = DateText.describe(last, timed: false, now: now, calendar: calendar)
            Console.print("  \(before) touch\(before == 1 ? "" : "es") before the import, the last \(when)")
        } else if timeline.isEmpty {
            Console.print("  no touches yet")
        }
        for touch in timeline { Console.print("  " + TouchView.line(touch, now: now, calendar: calendar)) }
        Console.print(next.map { "Next: " + $0.detailed } ?? "No next step.")
    }
}
