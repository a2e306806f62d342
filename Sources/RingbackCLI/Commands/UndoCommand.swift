import ArgumentParser

/// `ringback undo`: revert the last change.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Revert the last change to the store (undo again to redo it).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session(global)
        let undone = try session.store.undo(indexer: session.indexer)
        if session.json { return try Output.json(["undone": undone]) }
        Console.print(undone.map { "Undid: \($0)." } ?? "Nothing to undo.")
    }
}
