import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback undo`: revert the last change, as many times as there are changes kept;
/// `undo --list` shows what undo and redo would do.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Revert the last change to the store (again for the one before; `redo` puts it back).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "List the changes undo and redo would revert or apply, newest first.")
    var list = false

    func run() throws {
        let session = try Session(global)
        if list { return try UndoHistoryView.show(session) }
        try UndoHistoryView.report(try session.store.undo(indexer: session.indexer), undo: true, session: session)
    }
}

/// `ringback redo`: apply again the change undone last.
struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "redo", abstract: "Apply again the change undone last.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session(global)
        try UndoHistoryView.report(try session.store.redo(indexer: session.indexer), undo: false, session: session)
    }
}

/// How undo and redo say what they did, and the list of what they would do.
enum UndoHistoryView {
    static func report(_ result: UndoResult?, undo: Bool, session: Session) throws {
        if session.json { return try Output.json([undo ? "undone" : "redone": result]) }
        guard let result else { return Console.print(undo ? "Nothing to undo." : "Nothing to redo.") }
        Console.print("\(undo ? "Undid" : "Redid"): \(result.step.summary) (\(when(result.step, session))).")
        // Only the shell is a session of its own; every one-off command is another process.
        if result.fromElsewhere && session.inShell {
            Console.print("That change was made in another session (process \(result.step.process)), not in this terminal.")
        }
    }

    static func show(_ session: Session) throws {
        let (undo, redo) = try session.store.history()
        if session.json { return try Output.json(["undo": undo, "redo": redo]) }
        Console.print(undo.isEmpty ? "Nothing to undo." : "undo would revert, newest first:")
        for (number, step) in undo.enumerated() { Console.print("  \(number + 1). \(step.summary) · \(when(step, session))") }
        if !redo.isEmpty { Console.print("redo would apply:") }
        for (number, step) in redo.enumerated() { Console.print("  \(number + 1). \(step.summary) · \(when(step, session))") }
    }

    private static func when(_ step: ChangeStep, _ session: Session) -> String {
        let calendar = BusinessCalendar(timeZone: session.machineTimeZone, workingDays: Weekday.allCases)
        return "made " + DateText.describe(step.at, timed: true, now: session.currentTime(), calendar: calendar)
    }
}
