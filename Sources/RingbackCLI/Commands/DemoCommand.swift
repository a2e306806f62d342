import ArgumentParser
import Foundation
import RingbackBuiltIn
import RingbackCore
import RingbackScheduler
import RingbackStore

/// `ringback demo`: a small believable pipeline in its own store, dated around today.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the demo pipeline (data/demo.json) into a demo store and show the next step and agenda.",
        discussion: "Uses its own store ($XDG_DATA_HOME/ringback/demo.json) unless --store is given; your own store is never touched.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let path = global.store ?? Locations.demoStore(environment: environment)
        let session = try Session(global, storePath: path)
        let demo = try DemoData.builtIn()
        try Self.load(demo, into: session, path: path)
        let schedule = try session.store.schedule(indexer: session.indexer)
        if session.json {
            let calendar = session.scheduler(schedule.settings).calendar
            let next = Agenda.mostImportant(schedule.items, now: session.now, calendar: calendar)
            return try Output.json(
                Loaded(
                    store: path, contacts: demo.contacts.count,
                    next: next.map { StepView($0, content: session.content, now: session.now, calendar: calendar) }))
        }
        Console.print("Demo store: \(path)")
        let explore = session.inShell ? "" : "ringback --store \(path) "
        Console.print("Explore it with: \(explore)show Dana   (or contacts, agenda, export --format ics)\n")
        try NextCommand.render(schedule, session)
        Console.print("")
        try AgendaCommand.render(schedule, session, days: 7)
    }
}

extension DemoCommand {
    /// What every demo load is called in the undo history, which tells a demo store.
    static let summary = "load the demo pipeline"

    /// Fills an empty store, or replaces the demo's own contacts in a store that holds
    /// nothing but demo loads, as one change (undo keeps working); any other store is refused.
    static func load(_ demo: DemoData, into session: Session, path: String) throws {
        let store = session.store
        let directory = try store.directory()
        let practice = try store.practice()
        let history = try store.history()
        let names = Set(demo.contacts.map(\.name))
        let isEmpty = directory.isEmpty && practice.isEmpty
        // Counted from the history, not the contacts: a contact without touches (an import,
        // the demo's own Sam) says nothing about whose it is, and an empty history says the
        // store came from somewhere else.
        let isDemo =
            !history.undo.isEmpty && (history.undo + history.redo).allSatisfy { $0.summary == summary } && practice.isEmpty
            && directory.allSatisfy { names.contains($0.name) }
        guard isEmpty || isDemo else { throw RequestError.storeInUse(path: path) }
        try store.update(summary: summary, indexer: session.indexer) { change in
            let scheduler = session.scheduler(change.settings)
            let built = demo.build(now: session.now, calendar: scheduler.calendar)
            let kept = Set(built.contacts.map(\.id))
            for entry in try change.book.everyone() where !kept.contains(entry.id) { change.book.remove(id: entry.id) }
            let touches = Dictionary(grouping: built.touches, by: \.contact)
            for contact in built.contacts {
                change.book.put(contact)
                change.replaceTouches(of: contact.id, with: touches[contact.id] ?? [])
            }
        }
    }
}

/// What `demo --json` prints.
struct Loaded: Encodable {
    var store: String
    var contacts: Int
    var next: StepView?
}

/// The demo pipeline as written in data/demo.json: touches are placed relative to today.
struct DemoData: Decodable {
    /// Every demo touch's id starts with this.
    static let touchPrefix = "demo-"

    struct Person: Decodable {
        var name: String
        var company: String?
        var context: ContactContext
        var email: String?
        var phone: String?
        var cadence: String?
        var prefers: Channel?
        var tidbits: [String]?
        var touches: [DemoTouch]
        var agreed: DemoPromise?
        var owes: DemoPromise?
        var status: String?
    }
    struct DemoTouch: Decodable {
        var daysAgo: Int
        var time: String
        var channel: Channel
        var outcome: Outcome
        var note: String?
    }
    struct DemoPromise: Decodable {
        var inDays: Int
        var time: String?
        var what: String
    }

    var contacts: [Person]

    /// The demo pipeline built into the binary from data/demo.json.
    static func builtIn() throws -> DemoData {
        guard let text = BuiltInFiles.text("data/demo.json") else { throw RequestError.file(path: "data/demo.json", .missing) }
        do {
            return try JSONDecoder().decode(DemoData.self, from: Data(text.utf8))
        } catch {
            throw RequestError.file(path: "data/demo.json", .invalid("\(error)"))
        }
    }

    func build(now: Date, calendar: BusinessCalendar) -> (contacts: [Contact], touches: [Touch]) {
        var contacts: [Contact] = []
        var touches: [Touch] = []
        func at(_ days: Int, _ time: String?) -> Date {
            calendar.date(on: calendar.day(days, after: now), at: time.flatMap(ClockTime.init) ?? ClockTime(hour: 0, minute: 0)!)
        }
        for (index, person) in self.contacts.enumerated() {
            let history = person.touches.sorted { $0.daysAgo > $1.daysAgo }
            let created = history.first.map { at(-$0.daysAgo - 1, "09:00") } ?? now
            var details = ContactDetails(
                company: person.company, context: person.context, email: person.email,
                preferredChannel: person.prefers, cadence: person.cadence)
            details.phone = person.phone
            var contact = Contact.new(named: person.name, details: details, taken: Set(contacts.map(\.id)), on: created)
            contact.tidbits = person.tidbits ?? []
            for (number, step) in history.enumerated() {
                let touch = Touch(
                    id: "\(Self.touchPrefix)\(index)-\(number)", contact: contact.id, at: at(-step.daysAgo, step.time),
                    channel: step.channel, outcome: step.outcome, note: step.note)
                let isLast = number == history.count - 1
                var promises: [Commitment] = []
                if isLast, let agreed = person.agreed {
                    promises.append(
                        Commitment(
                            owner: .me, what: agreed.what, due: at(agreed.inDays, agreed.time),
                            timed: agreed.time != nil, made: touch.at))
                }
                if isLast, let owes = person.owes {
                    promises.append(
                        Commitment(owner: .them, what: owes.what, due: at(owes.inDays, owes.time), timed: owes.time != nil, made: touch.at))
                }
                contact.record(touch, newCommitments: promises, calendar: calendar)
                touches.append(touch)
            }
            if person.status == "released" { contact.release(on: contact.history.lastTouch ?? now) }
            contacts.append(contact)
        }
        return (contacts, touches)
    }
}
