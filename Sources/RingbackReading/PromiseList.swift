import RingbackCore
import RingbackWhen

/// A list of things owed after a colon: "2 things on me: intro to our cto by wed and the
/// security doc by fri", "action items on her: the org chart, pricing sign-off by the 4th".
/// Each item is a promise of the list's owner, with its own day.
enum PromiseList {
    /// Whose list a clause opens, when the answer puts a colon after it; nil when it opens none.
    static func owner(openedBy clause: Clause, in text: String) -> Party? {
        let lower = text.lowercased()
        for (owner, heads) in [(Party.me, mine), (.them, theirs)] {
            for head in heads where clause.text.lowercased().hasSuffix(head) && lower.contains(head + ":") { return owner }
        }
        return nil
    }

    static let mine = ["on me", "on my end", "on my side", "i owe", "my action items", "my to-dos", "my todos", "my to do"]
    static let theirs = ["on her", "on him", "on them", "on their end", "on their side", "they owe", "she owes", "he owes"]

    /// Whether a clause goes on with the list: an item names no one doing it ("the security
    /// doc by fri"), where "she'll send the budget" starts something else.
    static func continues(_ clause: Clause) -> Bool {
        guard let first = clause.words.first else { return false }
        return !["i", "i'll", "i'm", "she", "she'll", "she's", "he", "he'll", "he's", "they", "they'll", "they're", "we", "we'll"]
            .contains(first)
    }

    /// The items of a clause of the list ("intro to our cto by wed and the security doc by
    /// fri"), each with the day said with it.
    static func promises(in clause: Clause, owner: Party, parser: WhenParser) -> [AnswerReading.Promise] {
        clause.text.components(separatedBy: " and ").compactMap { item in
            let date = parser.read(item).flatMap { $0.isPast ? nil : $0 }
            let cut = Promises.cut(date?.matched, from: item)
            let what = owner == .them ? Promises.toUser(cut) : cut
            return what.isEmpty ? nil : AnswerReading.Promise(owner: owner, what: what, due: date?.when, words: item)
        }
    }

}
