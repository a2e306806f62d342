import Foundation
import RingbackCore

/// One contact as the directory table lists them: enough to find them by name and to show
/// them in a list, without reading their record.
public struct ContactSummary: Equatable, Sendable {
    public var id: String
    public var name: String
    public var company: String?
    /// `NameMatcher.normalize(name)`.
    public var key: String
    public var context: String
    public var status: ContactStatus
    /// `Contact.statusLabel`: the status, or "waiting" when they owe the user something.
    public var statusLabel: String
    public var touches: Int
    public var tags: [String]
    /// The rep whose contact it is, on a team store (the JSON store's directory keeps none).
    public var owner: String?

    public init(_ contact: Contact) {
        id = contact.id
        name = contact.name
        company = contact.company
        key = NameMatcher.normalize(contact.name)
        context = contact.context.rawValue
        status = contact.status
        statusLabel = contact.statusLabel
        touches = contact.history.touches
        tags = contact.tags ?? []
        owner = contact.owner
    }

    init(
        id: String, name: String, company: String?, key: String, context: String, status: ContactStatus, statusLabel: String, touches: Int,
        tags: [String]
    ) {
        self.id = id
        self.name = name
        self.company = company
        self.key = key
        self.context = context
        self.status = status
        self.statusLabel = statusLabel
        self.touches = touches
        self.tags = tags
    }

    /// The entry a `ContactBook` finds this contact by.
    public var entry: ContactBook.Entry { ContactBook.Entry(id: id, name: name, company: company, key: key) }
}

/// The directory table: one row per contact.
enum DirectoryRows {
    static func row(_ summary: ContactSummary) -> String {
        RowText.row([
            summary.id, summary.name, summary.company ?? "", summary.key, summary.context, summary.status.rawValue, summary.statusLabel,
            String(summary.touches), summary.tags.joined(separator: ","),
        ])
    }

    /// Whether each of `words`, in order, begins a word of the key ("dana r" in "dana ruiz",
    /// "ruiz" in "dana ruiz"): what every match of `NameMatcher.match` has.
    static func startsWords<Key: Collection<UInt8>>(_ words: [[UInt8]], in key: Key) -> Bool where Key.Index == Int {
        var position = key.startIndex
        for word in words {
            guard !word.isEmpty else { return false }
            var found = false
            while position + word.count <= key.endIndex {
                if position == key.startIndex || key[position - 1] == UInt8(ascii: " "),
                    key[position..<(position + word.count)].elementsEqual(word)
                {
                    found = true
                    position += word.count
                    break
                }
                position += 1
            }
            if !found { return false }
        }
        return true
    }

    /// Only what finding a contact by name needs: cheaper than the whole summary.
    static func entry(_ line: RowText.Field) -> ContactBook.Entry? {
        guard let fields = RowText.fields(line, count: 9) else { return nil }
        let company = RowText.text(fields[2])
        return ContactBook.Entry(
            id: RowText.text(fields[0]), name: RowText.text(fields[1]), company: company.isEmpty ? nil : company,
            key: RowText.text(fields[3]))
    }

    static func parse(_ line: RowText.Field) -> ContactSummary? {
        guard let fields = RowText.fields(line, count: 9), let status = ContactStatus(rawValue: RowText.text(fields[5])),
            let touches = RowText.integer(fields[7])
        else { return nil }
        let company = RowText.text(fields[2])
        let tags = RowText.text(fields[8])
        return ContactSummary(
            id: RowText.text(fields[0]), name: RowText.text(fields[1]), company: company.isEmpty ? nil : company,
            key: RowText.text(fields[3]),
            context: RowText.text(fields[4]), status: status, statusLabel: RowText.text(fields[6]), touches: touches,
            tags: tags.isEmpty ? [] : tags.split(separator: ",").map(String.init))
    }
}

/// The activity table: one row per touch with only what the user's figures need (when,
/// outcome, channel, whether a next time was set), so `stats` never reads a note.
enum ActivityRows {
    /// How much of a touch's id the table keeps: enough to find it from what `touches` shows.
    static let idLength = 8

    static func row(_ touch: Touch) -> String {
        RowText.row([
            touch.contact, String(Int64(touch.at.timeIntervalSince1970)), touch.outcome.rawValue, touch.channel.rawValue,
            touch.setNext == true ? "1" : "0", String(touch.id.lowercased().prefix(idLength)),
        ])
    }

    /// The touch as far as the table knows it (the start of its id, no note).
    static func parse(_ line: RowText.Field) -> Touch? {
        guard let fields = RowText.fields(line, count: 6), let seconds = RowText.integer(fields[1]),
            let outcome = Outcome(rawValue: RowText.text(fields[2])), let channel = Channel(rawValue: RowText.text(fields[3]))
        else { return nil }
        var touch = Touch(
            id: RowText.text(fields[5]), contact: RowText.text(fields[0]), at: Date(timeIntervalSince1970: TimeInterval(seconds)),
            channel: channel,
            outcome: outcome)
        if fields[4].first == UInt8(ascii: "1") { touch.setNext = true }
        return touch
    }
}
