import ArgumentParser
import Foundation
import RingbackCore

/// `ringback sync looks`: the replies `sync mail` found something in, still to deal with.
struct SyncLooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "looks",
        abstract: "The replies sync mail found a stop, a decision or a day in, until each is applied or dropped.",
        discussion: """
            Each comes with the command that applies it; nothing is applied by sync itself. In the shell, \
            `sync looks` asks them one by one (apply, drop, or keep for later). --drop N removes the N-th once dealt \
            with; --drop all removes them all.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Remove the N-th (as listed), or all.", valueName: "n|all")) var drop: String?

    func run() throws {
        let session = try Session(global)
        let environment = ProcessInfo.processInfo.environment
        var pending = try PendingLooks.read(environment: environment)
        let looks = pending.byStore[session.location] ?? []
        if let drop {
            if drop.lowercased() == "all" {
                pending.remove(nil, store: session.location)
            } else {
                guard let number = Int(drop), (1...max(1, looks.count)).contains(number), number <= looks.count else {
                    throw RequestError.malformed(
                        option: "--drop", value: drop,
                        expected: looks.isEmpty ? "has nothing to drop: no replies to look at" : "should be 1 to \(looks.count), or all")
                }
                pending.remove(looks[number - 1].touch, store: session.location)
            }
            try pending.write(environment: environment)
        }
        let left = pending.byStore[session.location] ?? []
        if session.json { return try Output.json(left) }
        if let drop { Console.print(drop.lowercased() == "all" ? "Dropped \(looks.count)." : "Dropped number \(drop).") }
        guard !left.isEmpty else { return Console.print("No replies to look at. `ringback sync mail` lists them when it finds any.") }
        let settings = try session.store.settings()
        let calendar = session.scheduler(settings).calendar
        Console.print("Replies to look at (\(left.count)), not applied:")
        for (number, look) in left.enumerated() {
            Console.print("  \(number + 1). " + Self.line(look, calendar: calendar, now: session.now))
        }
        Console.print(session.inShell ? "" : "In the shell, `sync looks` asks them one by one; --drop N removes one you dealt with.")
    }

    /// "Dana Ruiz · Tue 24 Nov · asks to stop: "please take me off your list" → ringback stop "Dana Ruiz"".
    static func line(_ look: MailSync.Look, calendar: BusinessCalendar, now: Date) -> String {
        let day = DateText.describe(look.at, timed: false, now: now, calendar: calendar)
        return "\(look.name) · \(day) · \(look.what): \"\(look.words)\" → \(look.command)"
    }
}
