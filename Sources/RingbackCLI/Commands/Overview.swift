import RingbackScheduler

/// What `ringback` alone and `ringback demo` show: the next step, then the agenda.
enum Overview {
    static func print(_ session: Session) throws {
        let schedule = try session.store.schedule(indexer: session.indexer)
        if schedule.items.isEmpty {
            Swift.print("No follow-ups yet. Log a call with `ringback log NAME --outcome voicemail`, or try `ringback demo`.")
            return
        }
        try NextCommand.render(schedule, session)
        Swift.print("")
        try AgendaCommand.render(schedule, session, days: 7)
    }
}
