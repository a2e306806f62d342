import Foundation

/// One message as sync sees it: who wrote to whom and when, its id and subject; its text is
/// read only when asked (`MailFolder`), so a sync of many messages streams headers.
public struct MailMessage: Sendable {
    /// The Message-ID without its brackets; a message without one gets an id made from its
    /// sender, date and subject, so it is still recorded once.
    public var id: String
    /// The Date header; nil when it is missing or broken (`fileDate` is then used).
    public var date: Date?
    public var fileDate: Date?
    public var from: [MailAddress]
    /// To and Cc together.
    public var recipients: [MailAddress]
    /// Decoded, "Re:" and the like left on.
    public var subject: String
    /// Where it was read: the file, or the mbox and the message's number in it.
    public var place: String
    /// Sent to a list or by a machine: a newsletter (List-Unsubscribe, List-Id, Precedence
    /// bulk), an automatic reply (Auto-Submitted), or a no-reply sender. Not a person to add.
    public var bulk: Bool

    public init(headers: MailHeaders, place: String, fileDate: Date?) {
        let decoded = { (name: String) in headers[name].map(EncodedWords.decode) }
        subject = decoded("Subject") ?? ""
        from = MailAddress.list(headers["From"] ?? "")
        recipients = (headers.all("To") + headers.all("Cc")).flatMap(MailAddress.list)
        date = headers["Date"].flatMap(MailDate.parse)
        self.fileDate = fileDate
        self.place = place
        let written = headers["Message-ID"]?.trimmingCharacters(in: CharacterSet(charactersIn: "<> \t"))
        id = written.flatMap { $0.isEmpty ? nil : $0 } ?? Self.madeID(from: headers["From"], date: headers["Date"], subject: subject)
        let precedence = headers["Precedence"]?.lowercased().trimmingCharacters(in: .whitespaces)
        let automatic = headers["Auto-Submitted"].map { $0.lowercased().trimmingCharacters(in: .whitespaces) != "no" } ?? false
        let local = from.first.map { String($0.email.prefix { $0 != "@" }) } ?? ""
        bulk =
            headers["List-Unsubscribe"] != nil || headers["List-Id"] != nil
            || ["bulk", "list", "junk", "auto_reply"].contains(precedence ?? "")
            || automatic || headers["X-Autoreply"] != nil || headers["X-Autorespond"] != nil
            || Self.machineSenders.contains(local.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: ""))
    }

    /// Senders no person writes from ("no-reply", "mailer-daemon"), without - and _.
    static let machineSenders: Set<String> = [
        "noreply", "donotreply", "mailerdaemon", "postmaster", "notifications", "notification", "newsletter", "news", "bounce",
        "bounces", "alerts", "marketing",
    ]

    /// When it was sent: the Date header, else the file's time.
    public var when: Date? { date ?? fileDate }

    /// A stable id for a message without a Message-ID (FNV-1a of its sender, date and subject).
    static func madeID(from: String?, date: String?, subject: String) -> String {
        "no-id-" + StableHash.hex((from ?? "") + "\n" + (date ?? "") + "\n" + subject)
    }
}
