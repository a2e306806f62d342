/// How index rows are spelled: tab-separated fields, with tab, newline, carriage return
/// and backslash escaped inside a field, read straight from the bytes.
enum RowText {
    typealias Field = Slice<UnsafeBufferPointer<UInt8>>

    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" || $0 == "\r" }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var escaping = false
        for ch in text {
            if escaping {
                switch ch {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(ch)
                }
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// One row from its fields, each escaped.
    static func row(_ fields: [String]) -> String { fields.map(escape).joined(separator: "\t") }

    /// The fields of a row, or nil when there are not exactly `count`.
    static func fields(_ line: Field, count: Int) -> [Field]? {
        var fields: [Field] = []
        fields.reserveCapacity(count)
        var start = line.startIndex
        for index in line.indices where line[index] == UInt8(ascii: "\t") {
            fields.append(line[start..<index])
            start = index + 1
        }
        fields.append(line[start..<line.endIndex])
        return fields.count == count ? fields : nil
    }

    /// FNV-1a of some bytes: a cheap first test before building a key.
    static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Field `index` of a row, without splitting the rest.
    static func field(_ line: Field, _ index: Int) -> Field? {
        var start = line.startIndex
        var number = 0
        for position in line.indices where line[position] == UInt8(ascii: "\t") {
            if number == index { return line[start..<position] }
            number += 1
            start = position + 1
        }
        return number == index ? line[start..<line.endIndex] : nil
    }

    /// A field as text, unescaped.
    static func text(_ field: Field) -> String {
        let raw = String(decoding: field, as: UTF8.self)
        return field.contains(UInt8(ascii: "\\")) ? unescape(raw) : raw
    }

    /// A decimal integer, optionally negative, straight from the bytes.
    static func integer(_ bytes: Field) -> Int? {
        var value = 0
        var negative = false
        var sawDigit = false
        for (offset, byte) in bytes.enumerated() {
            if offset == 0 && byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value &* 10 &+ Int(byte &- UInt8(ascii: "0"))
            sawDigit = true
        }
        return sawDigit ? (negative ? -value : value) : nil
    }
}
