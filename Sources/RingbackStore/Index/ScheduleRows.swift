import Foundation
import RingbackCore

/// The next-step table: one row per agenda item (a contact's next step, the step after a
/// paired message, each promise the user owes), so `next` and `agenda` never read a
/// contact's record. Stamped with the content, time zone and settings it was planned under.
enum ScheduleRows {
    static let fieldCount = 14

    static func row(_ item: AgendaItem) -> String {
        let step = item.step
        return RowText.row([
            step.contact, String(Int64(step.due.timeIntervalSince1970)), step.timed ? "1" : "0", step.kind.rawValue,
            step.channel?.rawValue ?? "-", String(step.attempt), step.technique, step.script, item.name, item.company ?? "",
            step.what ?? "", step.mention ?? "", step.theirTimeZone ?? "", step.high == true ? "high" : "",
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

    /// A step with its timing only (contact, due, timed, kind), read from the row's first four
    /// fields without building anything else: `next` reads every row this way.
    static func brief(_ line: RowText.Field) -> BriefStep? {
        let bytes = line.base
        var tabs = (line.endIndex, line.endIndex, line.endIndex, line.endIndex)
        var found = 0
        var index = line.startIndex
        while index < line.endIndex && found < 4 {
            if bytes[index] == UInt8(ascii: "\t") {
                switch found {
                case 0: tabs.0 = index
                case 1: tabs.1 = index
                case 2: tabs.2 = index
                default: tabs.3 = index
                }
                found += 1
            }
            index += 1
        }
        guard found >= 3, let seconds = RowText.integer(line[(tabs.0 + 1)..<tabs.1]) else { return nil }
        let kindBytes = line[(tabs.2 + 1)..<tabs.3]
        guard let kind = kinds.first(where: { kindBytes.elementsEqual($0.name) })?.kind else { return nil }
        return BriefStep(
            contact: RowText.text(line[line.startIndex..<tabs.0]), due: Date(timeIntervalSince1970: TimeInterval(seconds)),
            timed: bytes[tabs.1 + 1] == UInt8(ascii: "1"), kind: kind)
    }

    /// Each kind by the bytes of its name.
    private static let kinds = StepKind.allCases.map { (name: Array($0.rawValue.utf8), kind: $0) }

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
        step.high = optional(13) == "high" ? true : nil
        return AgendaItem(name: RowText.text(fields[8]), company: optional(9), step: step)
    }
}
