import ArgumentParser
import Foundation
import RingbackCore
import RingbackPostgres
import RingbackScheduler
import RingbackStore

/// `ringback next`: the single most important follow-up now.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "The single most important follow-up now: who, when, how, why, and what to say.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Only a step that is due now; exit 1 when nothing is (for scripts and reminders).")
    var due = false

    func run() throws {
        let session = try Session(global)
        let schedule = try Self.leading(session)
        session.warnIfNameless()
        let view = try Self.render(schedule, session, onlyDue: due)
        if due && view?.dueNow != true { throw ExitCode(1) }
    }

    /// The schedule with the steps that could come first. Every step is ranked from its timing
    /// alone; only the contacts tied for first are read in full (names break ties). A team's
    /// database ranks them itself.
    static func leading(_ session: Session) throws -> Schedule {
        if let team = session.store as? PostgresStore {
            return try team.leadingSchedule(indexer: session.indexer, now: session.now) { settings in
                let calendar = session.scheduler(settings).calendar
                return (calendar.startOfDay(session.now), calendar.day(1, after: session.now))
            }
        }
        return try session.store.schedule(indexer: session.indexer) { settings, brief in
            let calendar = session.scheduler(settings).calendar
            guard let index = Agenda.mostImportantIndex(brief, now: session.now, calendar: calendar) else { return [] }
            let best = brief[index]
            return Set(brief.lazy.filter { $0.due == best.due && $0.kind == best.kind }.map(\.contact))
        }
    }

    /// "Mon 7 Dec, 09:00": when working hours next begin (today's, before they start on a working day).
    static func nextWorkingStart(after now: Date, hours: WorkingHours, calendar: BusinessCalendar) -> String {
        let today = calendar.date(on: now, at: hours.start)
        let day = calendar.isWorkingDay(now) && now < today ? now : calendar.workingDay(onOrAfter: calendar.day(1, after: now))
        return DateText.describe(calendar.date(on: day, at: hours.start), timed: true, now: now, calendar: calendar)
    }

    /// Shows the most important step of `schedule` (only when due with `onlyDue`) and returns it.
    @discardableResult
    static func render(_ schedule: Schedule, _ session: Session, onlyDue: Bool = false) throws -> StepView? {
        let calendar = session.scheduler(schedule.settings).calendar
        let best = Agenda.mostImportant(schedule.items, now: session.now, calendar: calendar)
        var view = best.map { StepView($0, content: session.content, now: session.now, calendar: calendar).signed(schedule.settings) }
        // An email step for someone with no address says so (one contact read).
        if let id = view?.contact, let contact = try session.store.contact(id: id)?.contact { view?.noting(contact) }
        // A day's step waits for working hours; a time agreed with them does not.
        let hours = schedule.settings.hours
        let afterHours = view?.waitsForHours(hours, now: session.now, calendar: calendar) ?? false
        view = view?.heldFor(hours, now: session.now, calendar: calendar)
        if onlyDue && view?.dueNow == false { view = nil }
        if session.json {
            try Output.json(view)
            return view
        }
        guard let view else {
            Console.print(onlyDue && best != nil ? "Nothing due now." : "Nothing to follow up. \(session.hint(.logFirstCall))")
            return nil
        }
        Console.print(
            afterHours
                ? "Outside your working hours (\(hours)); it can wait till \(Self.nextWorkingStart(after: session.now, hours: hours, calendar: calendar)):"
                : view.dueNow ? "Next:" : "Nothing due right now. Next up:")
        Console.print(view.detailed)
        return view
    }
}
