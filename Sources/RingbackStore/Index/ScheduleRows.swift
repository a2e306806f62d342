import Foundation
import RingbackCore

/// The next-step table: one row per agenda item (a contact's next step, the step after a
/// paired message, each promise the user owes), so `next` and `agenda` never read a
/// contact's record. Stamped with the content, time zone and settings it was planned under.
enum ScheduleRows {
    static let fieldCount = 13

    static func row(_ item: AgendaItem) -> String {
        let step = item.step
        return RowText.row([
            step.contact, String(Int64(step.due.timeIntervalSince1970)), step.timed ? "1" : "0", step.kind.rawValue,
            step.channel?.rawValue ?? "-", String(step.attempt), step.technique, step.script, item.name, item.company ?? "",
            step.what ?? "", step.mention ?? "", step.theirTimeZone ?? "",
        ])
    }

    /// Technique and script keys repeat on every row: one shared string each.
    struct KeyCache {
        var strings: [String: String] = [:]

        mutating func intern(_ text: String) -> String {
            if let known = strings[text] { return known }
            strings[text] = text
            return text
        }
    }

    /// A step with its timing only: contact, due, timed, kind, channel and attempt.
    static func brief(_ line: RowText.Field) -> AgendaItem? {
        guard let fields = RowText.leading(line, 6), let seconds = RowText.integer(fields[1]),
            let kind = StepKind(rawValue: RowText.text(fields[3])), let attempt = RowText.integer(fields[5])
        else { return nil }
        let channelText = RowText.text(fields[4])
        return AgendaItem(
            name: "", company: nil,
            step: NextStep(
                contact: RowText.text(fields[0]), due: Date(timeIntervalSince1970: TimeInterval(seconds)),
                timed: fields[2].first == UInt8(ascii: "1"), channel: channelText == "-" ? nil : Channel(rawValue: channelText), kind: kind,
                technique: "", script: "", attempt: attempt, what: nil))
    }

    /// The same brief form of a full step.
    static func brief(_ item: AgendaItem) -> AgendaItem {
        let step = item.step
        return AgendaItem(
            name: "", company: nil,
            step: NextStep(
                contact: step.contact, due: step.due, timed: step.timed, channel: step.channel, kind: step.kind, technique: "", script: "",
                attempt: step.attempt, what: nil))
    }

    static func parse(_ line: RowText.Field, _ keys: inout KeyCache) -> AgendaItem? {
        guard let fields = RowText.fields(line, count: fieldCount), let seconds = RowText.integer(fields[1]),
            let kind = StepKind(rawValue: RowText.text(fields[3])), let attempt = RowText.integer(fields[5])
        else { return nil }
        func optional(_ index: Int) -> String? {
            let text = RowText.text(fields[index])
            return text.isEmpty ? nil : text
        }
        let channelText = RowText.text(fields[4])
        var step = NextStep(
            contact: RowText.text(fields[0]), due: Date(timeIntervalSince1970: TimeInterval(seconds)),
            timed: fields[2].first == UInt8(ascii: "1"), channel: channelText == "-" ? nil : Channel(rawValue: channelText), kind: kind,
            technique: keys.intern(RowText.text(fields[6])), script: keys.intern(RowText.text(fields[7])), attempt: attempt,
            what: optional(10))
        step.mention = optional(11)
        step.theirTimeZone = optional(12)
        return AgendaItem(name: RowText.text(fields[8]), company: optional(9), step: step)
    }
}
