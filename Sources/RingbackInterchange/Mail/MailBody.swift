import Foundation

/// The text of a message (RFC 2045, 2046): the first text/plain part, else a text/html one
/// with its tags taken out; multipart parts walked in order, attachments skipped, each part's
/// transfer encoding and charset undone.
public enum MailBody {
    public static func text(headers: MailHeaders, body: [UInt8]) -> String? {
        text(contentType: headers["Content-Type"], encoding: headers["Content-Transfer-Encoding"], body: body[...], depth: 0)
    }

    private static func text(contentType: String?, encoding: String?, body: ArraySlice<UInt8>, depth: Int) -> String? {
        let type = contentType.map(MailHeaders.bare) ?? "text/plain"
        if type.hasPrefix("multipart/") {
            guard depth < 5, let boundary = contentType.flatMap({ MailHeaders.parameter("boundary", in: $0) }) else { return nil }
            var html: String?
            for part in parts(of: body, boundary: boundary) {
                let split = headerEnd(part)
                let headers = MailHeaders(part[part.startIndex..<split.headers])
                if let disposition = headers["Content-Disposition"], MailHeaders.bare(disposition) == "attachment" { continue }
                let partType = headers["Content-Type"].map(MailHeaders.bare) ?? "text/plain"
                let found = text(
                    contentType: headers["Content-Type"], encoding: headers["Content-Transfer-Encoding"], body: part[split.body...],
                    depth: depth + 1)
                if partType == "text/html" {
                    html = html ?? found
                } else if let found {
                    return found
                }
            }
            return html
        }
        guard type == "text/plain" || type == "text/html" else { return nil }
        let bytes = TransferEncoding.decode(Array(body), encoding: encoding)
        let text = Charset.decode(bytes, charset: contentType.flatMap { MailHeaders.parameter("charset", in: $0) })
        return type == "text/html" ? withoutTags(text) : text
    }

    /// Where a part's headers end and its body starts (after the first empty line).
    static func headerEnd(_ bytes: ArraySlice<UInt8>) -> (headers: Int, body: Int) {
        var index = bytes.startIndex
        // A part with no headers starts with its empty line.
        if bytes.first == 10 { return (index, index + 1) }
        if bytes.starts(with: [13, 10]) { return (index, index + 2) }
        while index < bytes.endIndex {
            if bytes[index] == 10 {
                let next = index + 1
                if next < bytes.endIndex, bytes[next] == 10 { return (next, next + 1) }
                if next + 1 < bytes.endIndex, bytes[next] == 13, bytes[next + 1] == 10 { return (next, next + 2) }
            }
            index += 1
        }
        return (bytes.endIndex, bytes.endIndex)
    }

    /// The parts between "--boundary" lines, up to "--boundary--".
    private static func parts(of body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let marker = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var start: Int?
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: 10) ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            if line.starts(with: marker) {
                if let start { parts.append(body[start..<max(start, lineStart - 1)]) }
                let rest = line.dropFirst(marker.count)
                if rest.starts(with: [45, 45]) { return parts }
                start = min(lineEnd + 1, body.endIndex)
            }
            lineStart = lineEnd + 1
        }
        if let start, start < body.endIndex { parts.append(body[start...]) }
        return parts
    }

    /// HTML to plain text, roughly: tags out, line breaks kept, the common entities read.
    static func withoutTags(_ html: String) -> String {
        var text = ""
        var inTag = false
        var tag = ""
        for character in html {
            if character == "<" {
                inTag = true
                tag = ""
            } else if character == ">", inTag {
                inTag = false
                let name = tag.lowercased().split(separator: " ").first.map(String.init) ?? ""
                if ["br", "br/", "/p", "/div", "p", "div", "/tr", "/li"].contains(name) { text += "\n" }
            } else if inTag {
                tag.append(character)
            } else {
                text.append(character)
            }
        }
        for (entity, value) in [("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            text = text.replacingOccurrences(of: entity, with: value)
        }
        return text
    }
}
