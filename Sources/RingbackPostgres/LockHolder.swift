import Foundation

/// How a change on the team store is named for the reps who wait on it: in its connection's
/// `application_name` while the transaction is open ("ringback: Ana: log call to dana"), and
/// read back as "Ana's change (log call to dana)". The server keeps printable ASCII only,
/// at most 63 bytes, so anything else is percent-encoded.
enum LockHolder {
    static let prefix = "ringback: "
    static let limit = 63

    static func applicationName(_ member: String?, _ summary: String) -> String {
        var allowed = CharacterSet(charactersIn: Unicode.Scalar(32)...Unicode.Scalar(126))
        allowed.remove("%")
        var name = ""
        for character in prefix + (member ?? "") + ": " + summary {
            let piece = String(character).addingPercentEncoding(withAllowedCharacters: allowed) ?? "?"
            guard name.utf8.count + piece.utf8.count <= limit else { break }
            name += piece
        }
        return name
    }

    /// Whose change it is, from a connection's `application_name` and how long its
    /// transaction has run (nil when the server does not show another user's).
    static func describe(_ applicationName: String, seconds: Int?) -> String {
        let running = seconds.map { ", \($0) s so far" } ?? ""
        guard applicationName.hasPrefix(prefix) else {
            return applicationName.isEmpty
                ? "another connection\(running.isEmpty ? "" : " (\(running.dropFirst(2)))")"
                : "another connection (\(applicationName)\(running))"
        }
        let rest = String(applicationName.dropFirst(prefix.count))
        let text = rest.removingPercentEncoding ?? rest
        guard let split = text.range(of: ": ") else { return "a change (\(text)\(running))" }
        let member = text[..<split.lowerBound]
        let summary = text[split.upperBound...]
        return "\(member.isEmpty ? "a change" : "\(member)'s change") (\(summary)\(running))"
    }
}
