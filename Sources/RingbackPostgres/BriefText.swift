import Foundation
import RingbackCore

/// Every step in brief as the database sends it for `next` and the agenda: one text, a line
/// per step (`seconds TAB timed TAB kind TAB contact`, the contact's backslashes, tabs and
/// line breaks escaped). One value instead of a row a step: at 118k steps the client
/// library's per-row decoding took 250 ms, this takes a few.
enum BriefText {
    /// The steps, or nil when a line does not read.
    static func steps(_ text: String) -> [BriefStep]? {
        var text = text
        return text.withUTF8 { bytes -> [BriefStep]? in
            var steps: [BriefStep] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                guard let step = step(bytes[start..<end]) else { return nil }
                steps.append(step)
                start = end + 1
            }
            return steps
        }
    }

    private static func step(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> BriefStep? {
        var tabs: [Int] = []
        var index = line.startIndex
        while index < line.endIndex && tabs.count < 3 {
            if line[index] == UInt8(ascii: "\t") { tabs.append(index) }
            index += 1
        }
        guard tabs.count == 3, let seconds = integer(line[line.startIndex..<tabs[0]]),
            let kind = StepKind(rawValue: String(decoding: line[(tabs[1] + 1)..<tabs[2]], as: UTF8.self))
        else { return nil }
        let id = line[(tabs[2] + 1)...]
        let contact = String(decoding: id, as: UTF8.self)
        return BriefStep(
            contact: id.contains(UInt8(ascii: "\\")) ? unescape(contact) : contact, due: Date(timeIntervalSince1970: TimeInterval(seconds)),
            timed: line[tabs[0] + 1] == UInt8(ascii: "1"), kind: kind)
    }

    /// Whole seconds, possibly negative; nil for anything else.
    private static func integer(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int64? {
        let negative = digits.first == UInt8(ascii: "-")
        let body = negative ? digits.dropFirst() : digits
        guard !body.isEmpty, body.count < 19 else { return nil }
        var value: Int64 = 0
        for byte in body {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    private static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
