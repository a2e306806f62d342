import ArgumentParser
import Foundation
import RingbackStore

/// The `ringback` command and its subcommands.
public struct RingbackCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ringback",
        abstract: "A follow-up coach for calls that don't get returned.",
        discussion: """
            With no command, opens the shell: type 'debrief' after a call, 'next', 'agenda', 'help'.
            Input can be piped: echo -e "debrief Dana\nleft a voicemail\nyes\n\n\ny" | ringback
            Exit status: 0 success, 1 a mistake in the request, 2 a problem with the store file.
            """,
        version: RingbackVersion.current,
        subcommands: [
            LogCommand.self, NextCommand.self, AgendaCommand.self, ContactsCommand.self, ShowCommand.self,
            StopCommand.self, ReleaseCommand.self, CloseCommand.self, UndoCommand.self, ExportCommand.self,
            ImportCommand.self, ConfigCommand.self, ContentCommand.self, WhenCommand.self, PracticeCommand.self, StatsCommand.self, DemoCommand.self,
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
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let error as UserError {
            fail(error.description, status: 1)
        } catch let error as StoreError {
            fail(error.description, status: 2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is CleanExit { exit(withError: error) }
            let message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            fail(message + " (see ringback --help)", status: 1)
        }
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("ringback: \(message)\n".utf8))
        Foundation.exit(status)
    }
}
