import Foundation

/// Content-Transfer-Encoding (RFC 2045 section 6): quoted-printable and base64 back to bytes.
public enum TransferEncoding {
    /// Bytes of a body in the named encoding; 7bit, 8bit, binary and unknown ones as they are.
    public static func decode(_ bytes: [UInt8], encoding: String?) -> [UInt8] {
        switch encoding.map(MailHeaders.bare) {
        case "quoted-printable": return quotedPrintable(bytes, underscoreIsSpace: false)
        case "base64":
            let text = String(decoding: bytes.filter { !($0 == 10 || $0 == 13 || $0 == 32 || $0 == 9) }, as: UTF8.self)
            return Data(base64Encoded: text + String(repeating: "=", count: (4 - text.count % 4) % 4)).map { [UInt8]($0) } ?? bytes
        default: return bytes
        }
    }

    /// "=E9" is one byte, "=" at a line's end joins it to the next (a soft break); in an
    /// encoded word "_" is a space. A broken escape is kept as written.
    static func quotedPrintable(_ bytes: [UInt8], underscoreIsSpace: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "="), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == 10 {
                    index += 2
                    continue
                }
                if next == 13, index + 2 < bytes.count, bytes[index + 2] == 10 {
                    index += 3
                    continue
                }
                if index + 2 < bytes.count, let high = hex(next), let low = hex(bytes[index + 2]) {
                    out.append(high << 4 | low)
                    index += 3
                    continue
                }
            }
            out.append(underscoreIsSpace && byte == UInt8(ascii: "_") ? 32 : byte)
            index += 1
        }
        return out
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}

/// Text in a named character set: UTF-8, US-ASCII, Latin-1 and Windows-1252 (the ones mail
/// actually uses), else UTF-8 with Latin-1 as the fallback, so a message is never dropped.
enum Charset {
    static func decode(_ bytes: [UInt8], charset: String?) -> String {
        switch charset?.lowercased().trimmingCharacters(in: .whitespaces) {
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1":
            return latin1(bytes)
        case "windows-1252", "cp1252":
            return String(data: Data(bytes), encoding: .windowsCP1252) ?? latin1(bytes)
        default:
            return String(data: Data(bytes), encoding: .utf8) ?? latin1(bytes)
        }
    }

    /// Each byte as the character of that number (ISO 8859-1): never fails.
    static func latin1(_ bytes: some Sequence<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return String(scalars)
    }
}
