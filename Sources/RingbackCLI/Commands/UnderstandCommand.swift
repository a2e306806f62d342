import ArgumentParser
import Foundation
import RingbackCoach
import RingbackCore
import RingbackReading

/// `ringback understand TEXT`: shows how the debrief reads an answer.
struct UnderstandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "understand",
        abstract: "Show how the coach reads what you say after a call.",
        discussion: """
            Prints each part it read (outcome, channel, next contact, not before, promises with who owes them, a request to stop,
            a decision, a referral, discouragement) with the words it came from. --json gives one document with every key.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(parsing: .remaining, help: "The answer, as you would type it after a call.")
    var words: [String]

    func run() throws {
        let session = try Session(global)
        let text = words.joined(separator: " ")
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RequestError.empty(example: "ringback understand \"left a vm, will try again thursday\"")
        }
        let settings = try session.store.settings()
        let calendar = session.scheduler(settings).calendar
        // As the debrief hears a first answer: a known name at its head taken out, the rest read.
        let told = Debrief.story(of: text, people: try session.store.everyone())
        let reader = Debrief.reader(
            now: session.now, calendar: calendar, settings: settings, content: session.content, contactName: told.named?.name,
            theirZone: try told.named.flatMap { try session.store.contact(id: $0.id)?.contact.timeZone })
        let view = ReadingView(reading: reader.read(told.story), calendar: calendar, now: session.now)
        if session.json { return try Output.json(view) }
        for line in view.lines { Console.print(line) }
        if told.story.count > AnswerReader.readLimit {
            Console.print("(Only the first \(AnswerReader.readLimit) characters of \(told.story.count) were read.)")
        }
    }
}
