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

    @Argument(help: "Who; several separated by commas (\"dana, sam lee\").", completion: CompletionCandidates.contactNames)
    var name: String?

    @Argument(parsing: .remaining, help: ArgumentHelp("Until when: \"next week\", \"monday\", \"dec 14\".", valueName: "when"))
    var when: [String] = []

    @Option(help: "Why, in a few words.")
    var reason: String?

    @OptionGroup var selection: ContactSelection

    struct Snoozed: Encodable {
        var contact: String
        var name: String
        var until: String
        var next: StepView?
    }

    func run() throws {
        let session = try Session(global)
        // With --tagged every word is the day: "snooze --tagged cold next month". Unquoted,
        // "snooze kenji, jose friday": a word after a comma is one more name.
        var typed = name ?? ""
        var rest = when
        while selection.tagged == nil, typed.hasSuffix(","), let next = rest.first {
            typed += " " + next
            rest.removeFirst()
        }
        let text = ((selection.tagged == nil ? [] : [name].compactMap { $0 }) + rest).joined(separator: " ")
        let names = selection.tagged == nil ? ContactSelection.names(typed) : []
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty, selection.tagged != nil || !names.isEmpty else {
            throw RequestError.empty(example: "ringback snooze dana next week")
        }
        let ids = try selection.taggedIDs(in: session.store)
        let (snoozed, until, calendar) = try session.store.update(summary: "snooze \(typed)", indexer: session.indexer) {
            change -> ([(Contact, StepView?, Commitment?)], When, BusinessCalendar) in
            let scheduler = session.scheduler(change.settings)
            let until = try WhenInput.parse(
                text, option: "snooze", settings: change.settings, calendar: scheduler.calendar, now: session.now)
            let edited = try change.editContacts(named: names, ids: ids, session: session) {
                $0.snooze(until: until.date, reason: reason, at: session.now)
            }
            change.summary = edited.count == 1 ? "snooze \(edited[0].0.name)" : "snooze \(edited.count) contacts"
            let snoozed = edited.map { contact, _ in
                let next = scheduler.nextStep(for: contact, asOf: session.now).map {
                    StepView($0, of: contact, content: session.content, now: session.now, calendar: scheduler.calendar)
                }
                return (contact, next, contact.commitments.first { $0.isAgreedContact && $0.due < until.date })
            }
            return (snoozed, until, scheduler.calendar)
        }
        let day = DateText.describe(until.date, timed: false, now: session.now, calendar: calendar)
        if session.json {
            let views = snoozed.map { contact, next, _ in
                Snoozed(contact: contact.id, name: contact.name, until: DateText.rfc3339(until.date, calendar: calendar), next: next)
            }
            return try ids == nil && views.count == 1 ? Output.json(views[0]) : Output.json(views)
        }
        if ids == nil, snoozed.count == 1, let (contact, next, agreed) = snoozed.first {
            Console.print("\(contact.label): nothing before \(day).")
            if let agreed {
                let when = DateText.describe(agreed.due, timed: agreed.timed, now: session.now, calendar: calendar)
                Console.print("The time you agreed with them (\(when)) stays; log or debrief to change it.")
            }
            if let next { Console.print("Next: " + next.detailed) }
            return
        }
        Console.print(
            "Snoozed \(counted(snoozed.count, "contact")), nothing before \(day): \(snoozed.map(\.0.label).joined(separator: ", ")).")
        let kept = snoozed.filter { $0.2 != nil }.map(\.0.name)
        if !kept.isEmpty {
            Console.print("The times agreed with \(kept.joined(separator: ", ")) stay; log or debrief to change them.")
        }
        Console.print("`ringback undo` takes the whole batch back.")
    }
}
