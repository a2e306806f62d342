import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback snooze NAME WHEN`: push a contact back without a made-up touch.
struct SnoozeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: "Push a contact back: no follow-up before WHEN (ringback snooze dana next week).",
        discussion: "Kept in their history with the reason, not counted as a touch. A time agreed with them stays as it is.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Who.", completion: CompletionCandidates.contactNames)
    var name: String

    @Argument(parsing: .remaining, help: ArgumentHelp("Until when: \"next week\", \"monday\", \"dec 14\".", valueName: "when"))
    var when: [String] = []

    @Option(help: "Why, in a few words.")
    var reason: String?

    struct Snoozed: Encodable {
        var contact: String
        var name: String
        var until: String
        var next: StepView?
    }

    func run() throws {
        let session = try Session(global)
        let text = when.joined(separator: " ")
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RequestError.empty(example: "ringback snooze dana next week")
        }
        let (contact, until, next, agreed, calendar) = try session.store.update(summary: "snooze \(name)", indexer: session.indexer) {
            change -> (Contact, When, StepView?, Commitment?, BusinessCalendar) in
            let scheduler = session.scheduler(change.settings)
            let until = try WhenInput.parse(
                text, option: "snooze", settings: change.settings, calendar: scheduler.calendar, now: session.now)
            let (contact, _) = try change.editContact(named: name, session: session) {
                $0.snooze(until: until.date, reason: reason, at: session.now)
            }
            change.summary = "snooze \(contact.name)"
            let next = scheduler.nextStep(for: contact, asOf: session.now).map {
                StepView($0, of: contact, content: session.content, now: session.now, calendar: scheduler.calendar)
            }
            let agreed = contact.commitments.first { $0.isAgreedContact && $0.due < until.date }
            return (contact, until, next, agreed, scheduler.calendar)
        }
        let day = DateText.describe(until.date, timed: false, now: session.now, calendar: calendar)
        if session.json {
            return try Output.json(
                Snoozed(contact: contact.id, name: contact.name, until: DateText.rfc3339(until.date, calendar: calendar), next: next))
        }
        Console.print("\(contact.label): nothing before \(day).")
        if let agreed {
            let when = DateText.describe(agreed.due, timed: agreed.timed, now: session.now, calendar: calendar)
            Console.print("The time you agreed with them (\(when)) stays; log or debrief to change it.")
        }
        if let next { Console.print("Next: " + next.detailed) }
    }
}
