import Foundation

/// One mailbox in an address field: "Dana Ruiz <dana@acme.com>", "dana@acme.com (Dana)".
public struct MailAddress: Equatable, Sendable {
    public var name: String?
    /// Lower-cased, as addresses are compared.
    public var email: String

    public init(name: String?, email: String) {
        self.name = name
        self.email = email.lowercased()
    }

    /// Every mailbox in a From, To or Cc value: commas inside quotes or angle brackets do not
    /// split, group names ("team: a@x, b@y;") are left out, encoded names decoded.
    public static func list(_ value: String) -> [MailAddress] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var angle = false
        for character in value {
            switch character {
            case "\"": quoted.toggle()
            case "<" where !quoted: angle = true
            case ">" where !quoted: angle = false
            case "," where !quoted && !angle, ";" where !quoted && !angle:
                parts.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current)
        return parts.compactMap(one)
    }

    private static func one(_ text: String) -> MailAddress? {
        var text = text.trimmingCharacters(in: .whitespaces)
        // "team: dana@acme.com": the group's name is not a mailbox.
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains("<"), !text[..<colon].contains("\"") {
            text = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            let email = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            let name = cleaned(String(text[..<open]))
            return email.contains("@") ? MailAddress(name: name, email: email) : nil
        }
        // "dana@acme.com (Dana Ruiz)".
        var comment: String?
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            comment = cleaned(String(text[text.index(after: open)..<close]))
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        }
        guard text.contains("@"), !text.contains(" ") else { return nil }
        return MailAddress(name: comment, email: text)
    }

    private static func cleaned(_ name: String) -> String? {
        let decoded = EncodedWords.decode(name.trimmingCharacters(in: .whitespaces))
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"' ").union(.whitespaces))
            .replacingOccurrences(of: "\\\"", with: "\"")
        return decoded.isEmpty ? nil : decoded
    }
}
