import Foundation

/// One unfolded iCalendar content line (RFC 5545 3.1): `NAME;PARAM=value:VALUE`. Names and
/// parameter names are upper-cased; quoted parameter values keep their colons and semicolons.
public struct ContentLine: Equatable, Sendable {
    public var name: String
    public var parameters: [String: String]
    public var value: String

    /// Every content line of a text: CRLF or LF endings, continuation lines (a leading space
    /// or tab) joined to the line before; lines without a colon are passed over.
    public static func lines(_ text: String) -> [ContentLine] {
        var unfolded: [String] = []
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if let first = raw.first, first == " " || first == "\t", !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += raw.dropFirst()
            } else {
                unfolded.append(String(raw))
            }
        }
        return unfolded.compactMap(ContentLine.init)
    }

    init?(_ line: String) {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var value: String?
        for (offset, character) in zip(line.indices, line) {
            if character == "\"" { quoted.toggle() }
            if !quoted && character == ":" {
                parts.append(current)
                value = String(line[line.index(after: offset)...])
                break
            }
            if !quoted && character == ";" {
                parts.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        guard let value, let name = parts.first, !name.isEmpty else { return nil }
        self.name = name.uppercased()
        self.value = value
        var parameters: [String: String] = [:]
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let key = parameter[..<equals].uppercased()
            let raw = parameter[parameter.index(after: equals)...]
            parameters[key] = raw.replacingOccurrences(of: "\"", with: "")
        }
        self.parameters = parameters
    }

    /// A TEXT value without its escapes (RFC 5545 3.3.11, the same as vCard's).
    public var text: String { Self.unescape(value) }

    /// TEXT value escapes (`\,` `\;` `\n` `\\`) taken out.
    public static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
