import Foundation

/// What a reply itself says: quoted lines (">"), the quoted message after "On ... wrote:" or
/// "-----Original Message-----", and the signature after "-- " are left out.
public enum ReplyText {
    public static func own(_ text: String) -> String {
        var kept: [Substring] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line == "-- " || line == "--" || trimmed.hasPrefix("-----Original Message") || trimmed.hasPrefix("________________") {
                break
            }
            if trimmed.hasPrefix("On "), trimmed.hasSuffix("wrote:") { break }
            if trimmed.hasPrefix("Le "), trimmed.hasSuffix("a écrit :") || trimmed.hasSuffix("a écrit:") { break }
            if trimmed.hasPrefix("Am "), trimmed.hasSuffix("schrieb:") { break }
            if trimmed.hasPrefix("From:"), !kept.isEmpty { break }
            if trimmed.hasPrefix(">") { continue }
            kept.append(line)
        }
        return kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A subject without its reply and forward prefixes: "Re: AW: Fwd: Pricing" → "Pricing".
    public static func subject(_ subject: String) -> String {
        var rest = Substring(subject).drop(while: \.isWhitespace)
        while let colon = rest.firstIndex(of: ":"), rest.distance(from: rest.startIndex, to: colon) <= 7 {
            let prefix = rest[..<colon].lowercased().filter { !$0.isNumber && $0 != "[" && $0 != "]" }
            guard ["re", "aw", "sv", "fw", "fwd", "wg", "tr", "vs", "antw"].contains(prefix) else { break }
            rest = rest[rest.index(after: colon)...].drop(while: \.isWhitespace)
        }
        return String(rest)
    }
}
