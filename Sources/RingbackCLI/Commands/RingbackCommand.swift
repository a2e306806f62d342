import ArgumentParser
import Foundation
import RingbackCore
import RingbackStore

/// The `ringback` command and its subcommands.
public struct RingbackCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ringback",
        abstract: "A follow-up coach for calls that don't get returned.",
        discussion: """
            With no command, opens the shell: type 'debrief' after a call, 'next', 'agenda', 'help'.
            Input can be piped: printf 'debrief Dana\\nleft a voicemail\\nyes\\n\\n\\ny\\n' | ringback
            Exit status: 0 success, 1 a mistake in the request, 2 a problem with the store file.
            """,
        version: RingbackVersion.current,
        subcommands: [
            LogCommand.self, AddCommand.self, SetCommand.self, ForgetCommand.self, NextCommand.self, AgendaCommand.self,
            ContactsCommand.self,
            SearchCommand.self, ShowCommand.self,
            StopCommand.self, ReleaseCommand.self, CloseCommand.self, DoneCommand.self, TodoCommand.self, PromiseCommand.self,
            SnoozeCommand.self, RenameCommand.self,
            TouchesCommand.self, EditCommand.self, DeleteCommand.self, MergeCommand.self, AssignCommand.self, MigrateCommand.self,
            UndoCommand.self, RedoCommand.self, RestoreCommand.self, ExportCommand.self,
            ImportCommand.self, ConfigCommand.self, ContentCommand.self, WhenCommand.self, UnderstandCommand.self, PracticeCommand.self,
            StatsCommand.self, ReviewCommand.self, SyncCommand.self, ComposeCommand.self,
            DemoCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run() throws {
        try Shell.open(global).run()
    }

    /// Runs the command line and exits with Ringback's documented status codes.
    public static func main(arguments: [String]? = nil) -> Never {
        do {
            let given = arguments ?? Array(CommandLine.arguments.dropFirst())
            if given == ["--generate-completion-script", "bash"] || given == ["--generate-completion-script=bash"] {
                print(CompletionCandidates.bashScript(completionScript(for: .bash)), terminator: "")
                Foundation.exit(0)
            }
            try checkCommandWord(given)
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            // Help, --version and completions are "errors" that exit cleanly through the parser.
            if exitCode(for: error) == .success { exit(withError: error) }
            let report = ErrorReport(error)
            if let message = report.message { Console.write(TerminalText.safe(message) + "\n", to: .standardError) }
            Foundation.exit(report.status)
        }
    }

    /// A first word that names no command ("nxt", "lgo") gets the nearest one, not the
    /// parser's "unexpected argument".
    static func checkCommandWord(_ arguments: [String]) throws {
        // The command word comes after any global options ("--store x nxt").
        var rest = arguments[...]
        while let first = rest.first, first.hasPrefix("-") {
            rest = rest.dropFirst(["--store", "--now", "--generate-completion-script"].contains(first) ? 2 : 1)
        }
        guard let word = rest.first, word != "help" else { return }
        let names = configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }
        guard !names.contains(word) else { return }
        throw RequestError.unknownCommand(word, suggestion: NameMatcher.nearest(word, among: names))
    }
}
