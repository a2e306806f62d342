import ArgumentParser
import Foundation
import RingbackCore
import RingbackWhen

/// `ringback when TEXT`: shows how Ringback reads a date phrase.
struct WhenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "when",
        abstract: "Show how Ringback reads a date: ringback when \"thursday after lunch\".",
        discussion:
            "Prints YYYY-MM-DD, or YYYY-MM-DDTHH:MM when a time of day was given (local time). Exit 1 when there is no date in the text.")

    @OptionGroup var global: GlobalOptions

    @Argument(parsing: .remaining, help: "The words, as you would say them.")
    var words: [String]

    struct Reading: Encodable {
        var date: String
        var timed: Bool
        /// Today with a time already gone ("today at 9" in the afternoon).
        var past: Bool
        var weekday: String
        var echo: String
        var matched: String
        var start: Int
        var end: Int
        var text: String
        /// Date words the reading did not use: it may be missing something.
        var unused: [String]
        /// The zone whose clock the time was said on ("9am pacific"), if one was named.
        var zone: String?
        /// Said on a contact's clock ("his time"), which `when` cannot know: read on yours.
        var theirZoneUnknown: Bool
    }

    func run() throws {
        let session = try Session(global)
        let text = words.joined(separator: " ")
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RequestError.empty(example: "ringback when \"next friday at 9\"")
        }
        let settings = try session.store.settings()
        let calendar = session.scheduler(settings).calendar
        let reading = try WhenInput.read(text, option: "when", settings: settings, calendar: calendar, now: session.now, allowPast: true)
        let date = DateText.iso(reading.when.date, timed: reading.when.timed, calendar: calendar)
        let short = reading.when.timed ? String(date.prefix(16)) : date
        if session.json {
            let start = text.distance(from: text.startIndex, to: reading.span.lowerBound)
            let end = text.distance(from: text.startIndex, to: reading.span.upperBound)
            return try Output.json(
                Reading(
                    date: short, timed: reading.when.timed, past: reading.isPast, weekday: calendar.weekday(reading.when.date).rawValue,
                    echo: DateText.describe(reading.when.date, timed: reading.when.timed, now: session.now, calendar: calendar),
                    matched: reading.matched, start: start, end: end, text: text, unused: reading.unused, zone: reading.zone,
                    theirZoneUnknown: reading.theirZoneUnknown))
        }
        Console.print(short + (reading.isPast ? " (already past)" : ""))
        if reading.theirZoneUnknown {
            Console.print(
                "Not sure: read on your clock; a contact's own time needs the contact (`ringback log NAME --next ...`) or a zone ('9am pacific', '10 EST')."
            )
        }
        if !reading.unused.isEmpty {
            Console.print("Not sure: read '\(reading.matched)' but not '\(reading.unused.joined(separator: " "))'.")
        }
    }
}
