import Foundation

/// A message's header fields as written (RFC 5322 section 2.2): folded lines unfolded, names
/// compared without case, values still encoded (`EncodedWords` decodes them).
public struct MailHeaders: Sendable {
    public private(set) var fields: [(name: String, value: String)] = []

    /// Reads the header block: every line up to the first empty one. Bytes that are not UTF-8
    /// are read as Latin-1, so an old 8-bit header never stops the read.
    public init(_ bytes: some Collection<UInt8>) {
        let text = String(data: Data(bytes), encoding: .utf8) ?? Charset.latin1(bytes)
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line[...]
            if line.isEmpty { break }
            if let first = line.first, first == " " || first == "\t" {
                // A folded line continues the field before it.
                if !fields.isEmpty { fields[fields.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces) }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !name.contains(" ") else { continue }
            fields.append((name, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
    }

    /// The first field of this name, as written.
    public subscript(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Every field of this name, in order ("Received", several "To").
    public func all(_ name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// A field's parameter, as in `Content-Type: text/plain; charset="utf-8"`; names without case.
    public static func parameter(_ name: String, in value: String) -> String? {
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].caseInsensitiveCompare(name) == .orderedSame else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// The bare value before any parameter, lower-cased: "text/plain", "quoted-printable".
    public static func bare(_ value: String) -> String {
        (value.split(separator: ";").first.map(String.init) ?? value).trimmingCharacters(in: .whitespaces).lowercased()
    }
}
