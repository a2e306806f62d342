import Foundation

/// RFC 2047 encoded words in a header ("=?UTF-8?B?Wm/Dqw==?=", "=?iso-8859-1?Q?Jos=E9?="):
/// decoded to text, with the space between two encoded words dropped as the RFC says.
public enum EncodedWords {
    public static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var result = ""
        var rest = Substring(value)
        var lastWasEncoded = false
        while let start = rest.range(of: "=?") {
            let before = rest[..<start.lowerBound]
            guard let word = encodedWord(at: rest[start.lowerBound...]) else {
                result += before + "=?"
                rest = rest[start.upperBound...]
                lastWasEncoded = false
                continue
            }
            // Whitespace between two encoded words is not part of the text.
            if !(lastWasEncoded && before.allSatisfy(\.isWhitespace)) { result += before }
            result += word.text
            rest = rest[word.end...]
            lastWasEncoded = true
        }
        return result + rest
    }

    /// One encoded word at the start of `text`: its decoded text and where it ends.
    private static func encodedWord(at text: Substring) -> (text: String, end: Substring.Index)? {
        let parts = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[3].hasPrefix("="), !parts[2].contains(" ") else { return nil }
        let charset = parts[0].split(separator: "*").first.map(String.init) ?? ""
        let bytes: [UInt8]?
        switch parts[1].uppercased() {
        case "B": bytes = Data(base64Encoded: padded(String(parts[2]))).map { [UInt8]($0) }
        case "Q": bytes = TransferEncoding.quotedPrintable(Array(parts[2].utf8), underscoreIsSpace: true)
        default: bytes = nil
        }
        guard let bytes else { return nil }
        let end = parts[3].index(after: parts[3].startIndex)
        return (Charset.decode(bytes, charset: charset), end)
    }

    private static func padded(_ base64: String) -> String {
        base64 + String(repeating: "=", count: (4 - base64.count % 4) % 4)
    }
}
