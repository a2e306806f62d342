import ArgumentParser
import RingbackStore

/// `ringback restore`: repairs a damaged store from what it kept, losing nothing committed.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Repair a damaged store from its backup and change records, keeping every committed touch.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session(global)
        let files = session.store
        let report = try files.restore(indexer: session.indexer)
        if session.json { return try Output.json(report) }
        if report.storeFileRebuilt {
            Console.print(
                report.fromLegacyBackup
                    ? "Rebuilt \(files.location) from its backup, with every touch in the journal (touches after the backup are in the history; their effect on the schedule was not replayed)."
                    : "Rebuilt \(files.location): settings and undo history from the last change record or backup, every contact file as it was."
            )
        }
        if let missing = report.touchesMissing {
            Console.print(
                "Moved \(files.location) to this version with the touches its journal held; \(missing) committed touches were not in it and are gone (the contacts' summaries keep their counts)."
            )
        }
        if let paired = report.paired {
            Console.print(
                paired.folderAt < paired.storeAt
                    ? "\(files.location) now matches the contacts in its folder; "
                        + (paired.storeAt - paired.folderAt == 1
                            ? "the change after change \(paired.folderAt) was not in the folder and is gone."
                            : "the \(paired.storeAt - paired.folderAt) changes after change \(paired.folderAt) were not in the folder and are gone.")
                    : "\(files.location) was behind its folder (change \(paired.storeAt) of \(paired.folderAt)); it now records every change the folder holds."
            )
        }
        for path in report.filesRestored { Console.print("Rebuilt \(path) from the last change that wrote it.") }
        for path in report.keptDamaged { Console.print("The damaged file is kept at \(path).") }
        for path in report.unrecoverable {
            Console.print(
                "Could not rebuild \(path): no copy was kept; fix it by hand (the error above says where), then run restore again.")
        }
        for copy in report.conflictCopies {
            Console.print("Not read: \(copy), a sync tool's conflict copy (see the README's 'Synced folders').")
        }
        if !report.storeFileRebuilt && report.paired == nil && report.touchesMissing == nil && report.filesRestored.isEmpty
            && report.unrecoverable.isEmpty
        {
            Console.print("Nothing was damaged; the derived tables were rebuilt.")
        }
        if !report.unrecoverable.isEmpty { throw ExitCode(2) }
    }
}
