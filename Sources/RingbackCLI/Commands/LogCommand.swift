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

    @Argument(help: "Who: a new name, or enough of an existing one.", completion: CompletionCandidates.contactNames)
    var name: String

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

    @Option(help: "A note about this touch.")
    var note: String?

    @Option(help: "Cadence to follow from now on (see content/cadences.yaml).", completion: CompletionCandidates.cadences)
    var cadence: String?

    @Option(help: "Company, for a new contact or to update.")
    var company: String?

    @Option(help: "sales, job-search or networking (new contacts default to sales).", completion: CompletionCandidates.contexts)
    var context: String?

    @Option(help: "Email address.")
    var email: String?

    @Option(help: "Phone number.")
    var phone: String?

    @Option(help: "The channel they prefer; it wins for future steps.", completion: CompletionCandidates.channels)
    var prefers: String?

    @Flag(help: "Create a new contact even if the name matches an existing one.")
    var new = false

    func run() throws {
        let session = try Session(global)
        let recording = try self.recording(content: session.content)
        let result = try session.store.update(summary: "log \(recording.channel.rawValue) to \(name)", indexer: session.indexer) { change in
            try recording.apply(to: &change, session: session)
        }
        if session.json {
            try Output.json(result)
            return
        }
        if let warning = result.warning { Output.warn(warning) }
        Console.print(result.created ? "New contact: \(result.contactName)." : "Contact: \(result.contactName).")
        Console.print("Logged \(result.touch.channel.rawValue) (\(result.touch.outcome.rawValue)).")
        for line in result.understood { Console.print("Understood \(line).") }
        Console.print(result.nextText)
    }

    /// The options, checked, as a touch to record.
    func recording(content: Content) throws -> TouchRecording {
        guard let outcome = Outcome(loose: outcome) else {
            throw UserError("--outcome: '\(self.outcome)' is not an outcome; use one of: \(Outcome.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let channel = Channel(loose: channel) else {
            throw UserError("--channel: '\(self.channel)' is not a channel; use one of: \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let cadence, content.cadence(named: cadence) == nil || cadence == Content.nurtureCadence {
            let names = content.cadences.keys.filter { $0 != Content.nurtureCadence }.sorted()
            throw UserError("--cadence: no cadence named '\(cadence)'; use one of: \(names.joined(separator: ", "))")
        }
        if commitment != nil && by == nil && next == nil {
            throw UserError("--commitment needs --by WHEN (what they owe and by when) or --next WHEN (when you follow up on it)")
        }
        if by != nil && commitment == nil { throw UserError("--by needs --commitment TEXT: what did they promise?") }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        var recording = TouchRecording(target: new ? .new(trimmed) : .named(trimmed), outcome: outcome, channel: channel)
        recording.note = note
        recording.cadence = cadence
        recording.company = company
        recording.email = email
        recording.phone = phone
        recording.context = try context.map { text in
            guard let context = ContactContext(loose: text) else { throw UserError("--context: '\(text)' is not sales, job-search or networking") }
            return context
        }
        recording.prefers = try prefers.map { text in
            guard let channel = Channel(loose: text) else { throw UserError("--prefers: '\(text)' is not a channel") }
            return channel
        }
        if let by, let commitment { recording.promise = (commitment, .text(by, option: "--by")) }
        if let next {
            recording.agreed = .text(next, option: "--next")
            recording.agreedTopic = by == nil ? commitment : nil
        }
        return recording
    }
}
