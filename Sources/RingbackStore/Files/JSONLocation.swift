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
