import ArgumentParser
import Foundation
import RingbackContent
import RingbackCore
import RingbackStore

/// `ringback log`: records a touch and prints the resulting next step.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record a call, email or meeting, and see the next step.",
        discussion: """
            Creates the contact when the name is new. Outcomes: \(Outcome.allCases.map(\.rawValue).joined(separator: ", ")).
            Channels: \(Channel.allCases.map(\.rawValue).joined(separator: ", ")).
            Examples:
              ringback log "Dana Ruiz" --outcome voicemail
              ringback log dana --outcome connected --next 2026-11-27T10:00 --commitment "pricing for 40 seats"
              ringback log dana --outcome connected --commitment "send the budget" --by 2026-11-28
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp("Who: a new name, or enough of an existing one.", valueName: "name"),
        completion: CompletionCandidates.contactNames)
    var names: [String]
    /// The name as typed, unquoted words and all ("show dana ruiz").
    var name: String { names.joined(separator: " ") }

    @Option(help: "What happened.", completion: CompletionCandidates.outcomes)
    var outcome: String

    @Option(help: "How: call (default), email, text, mail, video, meeting.", completion: CompletionCandidates.channels)
    var channel = "call"

    @Option(help: ArgumentHelp("The next contact you agreed on: \"thursday at 10\", \"in 2 weeks\", 2026-11-24T10:00.", valueName: "when"))
    var next: String?

    @Option(help: "What was agreed: with --by, what they owe you; with --next, what you will talk about.")
    var commitment: String?

    @Option(help: ArgumentHelp("When they promised the commitment by.", valueName: "when"))
    var by: String?

    @Option(
        help: "Something you owe them (\"the revised quote\"): kept on your list until `ringback done`, as 'no day yet' without --owe-by.")
    var owe: String?

    @Option(name: .customLong("owe-by"), help: ArgumentHelp("When you promised it by.", valueName: "when"))
    var oweBy: String?

    @Option(help: "A note about this touch.")
    var note: String?

    @OptionGroup var detailOptions: DetailOptions

    @Flag(help: "Create a new contact even if the name matches an existing one.")
    var new = false

    @Flag(name: .customLong("override-stop"), help: "Log to someone who asked not to be contacted, and lift the stop: they said otherwise.")
    var overrideStop = false

    func run() throws {
        let session = try Session(global)
        let recording = try self.recording(content: session.content)
        let result = try session.store.update(summary: "log \(recording.entry.channel.rawValue) to \(name)", indexer: session.indexer) {
            change in
            try recording.apply(to: &change, session: session)
        }
        session.warnIfNameless()
        if session.json {
            try Output.json(result)
            return
        }
        if let warning = result.warning { Output.warn(warning) }
        Console.print(RecordingText.sentence((result.created ? "New contact: " : "Contact: ") + result.contactName))
        Console.print("Logged \(result.touch.channel.rawValue) (\(result.touch.outcome.rawValue)).")
        for line in result.understood { Console.print("Understood \(line).") }
        for todo in result.todos { Console.print("You owe \(result.contactName): \(todo).") }
        Console.print(result.nextText)
    }

    /// The options, checked, as a touch to record.
    func recording(content: Content) throws -> TouchRecording {
        let outcome = try WordInput.outcome(outcome)
        let channel = try WordInput.channel(channel)
        if oweBy != nil && owe == nil { throw RequestError.needs(option: "--owe-by", other: "--owe TEXT", why: ": what do you owe them?") }
        if commitment != nil && by == nil && next == nil {
            throw RequestError.needs(
                option: "--commitment", other: "--by WHEN", why: " (what they owe and by when) or --next WHEN (when you follow up on it)")
        }
        if by != nil && commitment == nil {
            throw RequestError.needs(option: "--by", other: "--commitment TEXT", why: ": what did they promise?")
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let details = try detailOptions.details(content: content)
        var entry = TouchEntry(
            target: new ? .new(trimmed) : .named(trimmed), outcome: outcome, channel: channel, note: note, details: details)
        entry.agreedTopic = by == nil ? commitment : nil
        entry.stopRule = overrideStop ? .lift : .refuse
        var recording = TouchRecording(entry)
        if let by, let commitment { recording.promiseText = (commitment, by) }
        if let owe { recording.oweText = (owe, oweBy) }
        recording.nextText = next
        return recording
    }
}
