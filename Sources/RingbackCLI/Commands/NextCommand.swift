import ArgumentParser
import RingbackCore
import RingbackScheduler
import RingbackStore

/// `ringback next`: the single most important follow-up now.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "The single most important follow-up now: who, when, how, why, and what to say.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session(global)
        try Self.render(try session.store.schedule(indexer: session.indexer), session)
    }

    static func render(_ schedule: Schedule, _ session: Session) throws {
        let calendar = session.scheduler(schedule.settings).calendar
        let best = Agenda.mostImportant(schedule.items, now: session.now, calendar: calendar)
        let view = best.map { StepView($0, content: session.content, now: session.now, calendar: calendar) }
        if session.json {
            try Output.json(view)
            return
        }
        guard let view else {
            print("Nothing to follow up. Log a call with `ringback log NAME --outcome ...`.")
            return
        }
        let dueNow = best.map { Agenda.isDue($0.step, now: session.now, calendar: calendar) } ?? false
        print(dueNow ? "Next:" : "Nothing due today. Next up:")
        print(view.detailed)
    }
}
