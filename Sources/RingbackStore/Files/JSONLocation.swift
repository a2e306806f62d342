import Foundation

/// Finds where JSON text went wrong. Linux's JSONDecoder drops the position, so the text is
/// parsed again with JSONSerialization, whose message carries a byte offset, and the offset
/// is turned into a 1-based line and column.
enum JSONLocation {
    /// The syntax error in `data` as (line, column, problem), or nil when the JSON is valid.
    static func syntaxError(in data: Data) -> (line: Int, column: Int, problem: String)? {
        if data.isEmpty { return (1, 1, "the file is empty") }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            let offset = byteOffset(in: message) ?? data.count
            let (line, column) = lineAndColumn(of: min(offset, data.count), in: data)
            let problem = message.replacingOccurrences(
                of: #" around (line \d+, column \d+|character \d+)\.?"#, with: "", options: .regularExpression)
            return (line, column, "not valid JSON (\(problem.trimmingCharacters(in: CharacterSet(charactersIn: ". "))))")
        }
    }

    /// The largest number a store file holds (generations, counts, minutes): far above any
    /// real one, far below where arithmetic on it could overflow.
    static let largestNumber = 1_000_000_000

    /// The first number outside strings that is negative or larger than `largestNumber`, as
    /// (line, column, its text); nil when there is none. Every number Ringback writes is a
    /// count or an id, so anything else came from a hand edit or damage.
    static func numberOutOfRange(in data: Data) -> (line: Int, column: Int, text: String)? {
        var inString = false
        var escaped = false
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = true
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
                index += 1
                continue
            }
            let start = index
            while index < data.endIndex, "-+.eE0123456789".utf8.contains(data[index]) { index += 1 }
            let text = String(decoding: data[start..<index], as: UTF8.self)
            if text.hasPrefix("-") || (Double(text) ?? .infinity) > Double(largestNumber) {
                let (line, column) = lineAndColumn(of: start - data.startIndex, in: data)
                return (line, column, text)
            }
        }
        return nil
    }

    static func byteOffset(in message: String) -> Int? {
        guard let range = message.range(of: #"character \d+"#, options: .regularExpression) else { return nil }
        return Int(message[range].dropFirst("character ".count))
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        let prefix = data.prefix(offset)
        let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? prefix.startIndex
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }

    /// "contacts[3].status" from a coding path.
    static func describe(_ path: [CodingKey]) -> String {
        path.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }
}
