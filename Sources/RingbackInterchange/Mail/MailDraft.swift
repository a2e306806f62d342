import Foundation

/// A message to send, written three ways: an `.eml` draft (RFC 5322, UTF-8, marked unsent so
/// mail programs open it to edit), a `mailto:` URL (RFC 6068) and, for a text, an `sms:` URL
/// (RFC 5724). Pure.
public struct MailDraft: Equatable, Sendable {
    public var from: String?
    public var toName: String
    public var to: String
    public var subject: String
    public var text: String

    public init(from: String?, toName: String, to: String, subject: String, text: String) {
        (self.from, self.toName, self.to, self.subject, self.text) = (from, toName, to, subject, text)
    }

    /// The draft as an `.eml` file: CRLF lines, an encoded subject and name where they are
    /// not ASCII, the text in quoted-printable, `X-Unsent: 1`.
    public func eml(date: Date) -> String {
        var lines: [String] = []
        if let from { lines.append("From: \(from)") }
        lines.append("To: \(Self.phrase(toName)) <\(to)>")
        lines.append("Subject: \(Self.header(subject))")
        lines.append("Date: \(Self.rfc5322(date))")
        lines += [
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "X-Unsent: 1",
            "",
        ]
        lines.append(Self.quotedPrintable(text))
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// `mailto:dana@acme.com?subject=...&body=...`, every reserved byte percent-encoded.
    public var mailto: String {
        "mailto:\(Self.percent(to, keeping: "@.-_+"))?subject=\(Self.percent(subject))&body=\(Self.percent(text.replacingOccurrences(of: "\n", with: "\r\n")))"
    }

    /// `sms:+15551234567?body=...` for a phone number (its digits and a leading +).
    public static func sms(to phone: String, text: String) -> String {
        let number = phone.filter { $0.isNumber || $0 == "+" }
        return "sms:\(number)?body=\(percent(text))"
    }

    static func percent(_ text: String, keeping extra: String = "") -> String {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~" + extra)
        var out = ""
        for byte in text.utf8 {
            let scalar = Character(Unicode.Scalar(byte))
            out += byte < 128 && kept.contains(scalar) ? String(scalar) : String(format: "%%%02X", byte)
        }
        return out
    }

    /// A header value as it may be written: ASCII as it is, anything else as one RFC 2047 word.
    static func header(_ value: String) -> String {
        value.utf8.allSatisfy({ $0 >= 32 && $0 < 127 }) ? value : "=?UTF-8?B?\(Data(value.utf8).base64EncodedString())?="
    }

    /// A display name: quoted when it holds specials, encoded when not ASCII.
    static func phrase(_ name: String) -> String {
        guard name.utf8.allSatisfy({ $0 >= 32 && $0 < 127 }) else { return header(name) }
        let specials = Set("()<>[]:;@\\,.\"")
        return name.contains(where: specials.contains) ? "\"\(name.replacingOccurrences(of: "\"", with: "\\\""))\"" : name
    }

    /// Quoted-printable (RFC 2045 6.7): lines of at most 76 characters, soft breaks with "=".
    static func quotedPrintable(_ text: String) -> String {
        var lines: [String] = []
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var out = ""
            var width = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let last = index == bytes.count - 1
                let plain = (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !last)
                let piece = plain ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
                if width + piece.count > 75 {
                    out += "=\r\n"
                    width = 0
                }
                out += piece
                width += piece.count
            }
            lines.append(out)
        }
        return lines.joined(separator: "\r\n")
    }

    static func rfc5322(_ date: Date) -> String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return format.string(from: date)
    }
}
