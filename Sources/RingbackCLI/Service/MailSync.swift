import Foundation
import RingbackCore
import RingbackInterchange
import RingbackReading

/// What `sync mail` makes of the messages it reads, before anything is written: a touch per
/// message and contact (sent by the user, or a reply from the contact), the replies that say
/// something to act on ("needs a look"), and the correspondents who are not contacts. Pure:
/// the caller reads the mail and the store and gives the reader of replies.
struct MailSync {
    /// The user's own addresses, lower case.
    var mine: Set<String>
    /// Contacts by address (lower case).
    var byAddress: [String: ContactBook.Entry]
    /// Nothing before this moment (`--since`).
    var since: Date?
    /// Reads a reply's own words as a debrief answer, on the day it was sent.
    var readReply: (_ text: String, _ contact: ContactBook.Entry, _ sent: Date) -> AnswerReading
    /// The ids of the mail touches already in the store: their replies are not read again.
    var recordedIDs: Set<String> = []
    /// When sync runs: a day a reply gave that has passed is nothing to act on.
    var now: Date
    var calendar: BusinessCalendar
    /// The days in commands, on the user's clock.
    private let dayFormat: ISO8601DateFormatter

    struct Recorded: Equatable {
        var contact: ContactBook.Entry
        var touch: Touch
    }

    /// A reply that says something to act on: never applied by sync.
    struct Look: Equatable, Codable {
        /// The touch the reply was recorded as.
        var touch: String
        var contact: String
        var name: String
        var at: Date
        var subject: String
        var what: String
        var words: String
        var command: String
    }

    /// Someone who wrote or was written to and is not a contact.
    struct Stranger: Equatable, Encodable {
        var email: String
        var name: String?
        var messages: Int
    }

    init(
        mine: Set<String>, byAddress: [String: ContactBook.Entry], since: Date?, now: Date, calendar: BusinessCalendar,
        readReply: @escaping (String, ContactBook.Entry, Date) -> AnswerReading
    ) {
        (self.mine, self.byAddress, self.since, self.readReply) = (mine, byAddress, since, readReply)
        (self.now, self.calendar) = (now, calendar)
        dayFormat = ISO8601DateFormatter()
        dayFormat.formatOptions = [.withFullDate]
        dayFormat.timeZone = calendar.timeZone
    }

    private(set) var recorded: [Recorded] = []
    private(set) var looks: [Look] = []
    private(set) var strangers: [String: Stranger] = [:]
    private(set) var read = 0
    private(set) var skipped = 0
    /// Messages whose Date header was missing or broken: dated by their file.
    private(set) var fileDated = 0
    /// Newsletters, automatic replies and no-reply senders who are not contacts: not listed.
    private(set) var fromLists = 0
    /// Messages recorded by an earlier run: counted, not kept.
    private(set) var already = 0
    private var seen: Set<String> = []

    /// The id of the touch a message makes for a contact: the same whichever folder holds it.
    static func touchID(message: String, contact: String) -> String {
        Touch.mailPrefix + StableHash.hex(message) + "-" + contact
    }

    /// Whether a message's text is worth reading: only a reply from a contact not recorded yet is.
    func wantsText(_ message: MailMessage) -> Bool {
        guard let sender = message.from.first?.email, !mine.contains(sender), let contact = byAddress[sender] else { return false }
        return !recordedIDs.contains(Self.touchID(message: message.id, contact: contact.id))
    }

    /// Takes one message (its text when `wantsText` asked for it).
    mutating func take(_ message: MailMessage, text: String?) {
        read += 1
        guard let sender = message.from.first, let at = message.when, since.map({ at >= $0 }) ?? true else {
            skipped += 1
            return
        }
        if message.date == nil { fileDated += 1 }
        let subject = message.subject
        if mine.contains(sender.email) {
            var done: Set<String> = []
            for recipient in message.recipients where !mine.contains(recipient.email) {
                guard let contact = byAddress[recipient.email] else {
                    meet(recipient)
                    continue
                }
                guard done.insert(contact.id).inserted else { continue }
                add(message, contact: contact, outcome: .sent, at: at, note: subject)
            }
            return
        }
        // An out-of-office or a list mail is not a reply, even from a contact's address.
        if message.bulk {
            fromLists += 1
            return
        }
        guard let contact = byAddress[sender.email] else {
            meet(sender)
            return
        }
        guard let touch = add(message, contact: contact, outcome: .replied, at: at, note: subject), let text else { return }
        // A reply written as a letter is read between its greeting and its sign-off, as a letter pasted in a debrief is.
        let reply = String(ReplyText.own(text).prefix(4_000))
        let own = TheirVoice.body(reply) ?? reply
        guard !own.isEmpty else { return }
        let told = TheirVoice.swapped(own)
        if var look = look(at: readReply(told, contact, at), touch: touch, contact: contact, at: at, subject: subject) {
            look.words = Self.original(of: look.words, told: told, own: own)
            looks.append(look)
        }
    }

    /// The words of `told` (their reply in the user's voice) as they wrote them in `own`:
    /// `TheirVoice.swapped` changes words one for one, so the n-th word of one is the n-th of the other.
    static func original(of words: String, told: String, own: String) -> String {
        guard let range = told.range(of: words, options: .caseInsensitive) else { return words }
        let toldWords = wordRanges(told)
        let ownWords = wordRanges(own)
        guard toldWords.count == ownWords.count, let first = toldWords.firstIndex(where: { $0.upperBound > range.lowerBound }),
            let last = toldWords.lastIndex(where: { $0.lowerBound < range.upperBound }), first <= last
        else { return words }
        return String(own[ownWords[first].lowerBound..<ownWords[last].upperBound])
    }

    /// The words of a text as `TheirVoice.swapped` cuts them: letters and apostrophes.
    private static func wordRanges(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            let inWord = character.isLetter || character == "'" || character == "’"
            if inWord, start == nil { start = index }
            if !inWord, let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }

    /// The touch's id, or nil when this run has seen the message already (another folder's
    /// copy) or an earlier run recorded it.
    @discardableResult
    private mutating func add(_ message: MailMessage, contact: ContactBook.Entry, outcome: Outcome, at: Date, note: String) -> String? {
        let id = Self.touchID(message: message.id, contact: contact.id)
        guard seen.insert(id).inserted else { return nil }
        if recordedIDs.contains(id) {
            already += 1
            return nil
        }
        let touch = Touch(id: id, contact: contact.id, at: at, channel: .email, outcome: outcome, note: note.isEmpty ? nil : note)
        recorded.append(Recorded(contact: contact, touch: touch))
        return id
    }

    private mutating func meet(_ address: MailAddress) {
        var stranger = strangers[address.email] ?? Stranger(email: address.email, name: address.name, messages: 0)
        stranger.messages += 1
        stranger.name = stranger.name ?? address.name
        strangers[address.email] = stranger
    }

    /// A stop, a decision, or a day they gave: what it is and the command that applies it.
    private func look(at reading: AnswerReading, touch: String, contact: ContactBook.Entry, at: Date, subject: String) -> Look? {
        let name = "\"\(contact.name)\""
        func make(_ what: String, _ words: String, _ command: String) -> Look {
            Look(
                touch: touch, contact: contact.id, name: contact.name, at: at, subject: subject, what: what, words: words, command: command)
        }
        if let stop = reading.stop { return make("asks to stop", stop.words, "ringback stop \(name)") }
        if let decision = reading.decision {
            let yes = decision.value == .yes
            return make(yes ? "a yes" : "a no", decision.words, "ringback close \(name) --\(yes ? "won" : "lost")")
        }
        // Their promise with a day: recorded as theirs, the check-in comes the working day after.
        if let promise = reading.promises.first(where: { $0.owner == .them && $0.due != nil }), let due = promise.due {
            guard due.date >= calendar.startOfDay(now) else { return nil }
            let what = promise.what.replacingOccurrences(of: "\"", with: "'")
            return make("a promise with a day", promise.words, "ringback todo \(name) \"\(what)\" --by \(isoDay(due.date)) --theirs")
        }
        let dated: (Date, String, String)? =
            reading.next.map { ($0.value.date, $0.words, "a day to talk") }
            ?? reading.notBefore.map { ($0.value.date, $0.words, "away until") }
        // A day already past when sync runs is nothing to snooze to.
        guard let (day, words, what) = dated, day >= calendar.startOfDay(now) else { return nil }
        return make(what, words, "ringback snooze \(name) \(isoDay(day))")
    }

    private func isoDay(_ date: Date) -> String { dayFormat.string(from: date) }
}
