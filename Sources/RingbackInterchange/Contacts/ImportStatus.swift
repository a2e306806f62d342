import Foundation
import RingbackCore

/// What a CRM's stage, status or our own `status` column says about where a contact stands:
/// a customer is won, an unqualified lead released, an unsubscribed person stopped; any other
/// stage ("lead", "open", "in progress") is a contact to follow up.
public enum ImportStatus {
    /// The words for each status, compared lower-cased with spaces and dashes dropped
    /// (Salesforce's lead status "Closed - Not Converted" is a lead let go: lost).
    private static let words: [(ContactStatus, Set<String>)] = [
        (.doNotContact, ["donotcontact", "donotcall", "unsubscribed", "optedout", "dnc", "stopped"]),
        (.won, ["won", "customer", "evangelist", "closedwon", "client"]),
        (.lost, ["lost", "closedlost", "closednotconverted"]),
        (.released, ["released", "unqualified", "disqualified", "badtiming", "nurture", "notinterested"]),
    ]

    /// The most decisive status among the values (stopped, then won, lost, released), else active.
    public static func decide(_ values: [String]) -> ContactStatus {
        let reduced = Set(values.map { $0.lowercased().filter { $0.isLetter } })
        return words.first { !$0.1.isDisjoint(with: reduced) }?.0 ?? .active
    }

    /// Labels from a tags column: split on commas, semicolons and Google's ":::", lower-cased,
    /// without the system labels address books add ("* myContacts", "starred").
    public static func tags(_ text: String) -> [String] {
        var seen: [String] = []
        for piece in text.replacingOccurrences(of: ":::", with: ",").split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let tag = piece.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "* ")).lowercased()
            if !tag.isEmpty, !["mycontacts", "starred"].contains(tag), !seen.contains(tag) { seen.append(tag) }
        }
        return seen
    }
}
