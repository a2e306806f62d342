import Foundation
import RingbackCoach
import RingbackCore

/// `review --team`: a manager's week, one row a rep: the touches each recorded, the replies
/// and conversations among them, next times set, and on each rep's own contacts the promises
/// kept and slipped and the contacts going cold. Contacts nobody owns get a row of their own.
struct TeamReview: Encodable {
    struct Rep: Encodable {
        /// The rep's name; nil for the row of contacts nobody owns.
        var rep: String?
        var touches: Int
        var replies: Int
        var conversations: Int
        var conversationsWithNextTime: Int
        var kept: Int
        var slipped: Int
        var goingCold: Int
    }

    var from: Date
    var to: Date
    var reps: [Rep]

    init(touches: [Touch], contacts: [Contact], days: Int, now: Date, calendar: BusinessCalendar) {
        let names = Set(touches.compactMap(\.by)).union(contacts.compactMap(\.owner)).sorted()
        let unowned = contacts.contains { $0.owner == nil }
        let everyone = Review(touches: [], contacts: [], days: days, now: now, calendar: calendar)
        (from, to) = (everyone.from, everyone.to)
        reps = (names.map { Optional($0) } + (unowned ? [nil] : [])).map { rep in
            let review = Review(
                touches: touches.filter { $0.by == rep }, contacts: contacts.filter { $0.owner == rep }, days: days, now: now,
                calendar: calendar)
            return Rep(
                rep: rep, touches: review.touches, replies: review.replies, conversations: review.conversations,
                conversationsWithNextTime: review.conversationsWithNextTime, kept: review.kept, slipped: review.slipped.count,
                goingCold: review.cold.count)
        }
    }

    /// The table, one line a rep.
    var lines: [String] {
        guard !reps.isEmpty else { return ["No contacts or touches on the team store yet."] }
        let titles = ["REP", "TOUCHES", "REPLIES", "NEXT TIME SET", "KEPT", "SLIPPED", "GOING COLD"]
        let rows = reps.map { rep in
            let share = StatsCommand.percent(rep.conversationsWithNextTime, of: rep.conversations)
            return [
                rep.rep ?? "(nobody's)", String(rep.touches), String(rep.replies),
                rep.conversations == 0 ? "-" : "\(rep.conversationsWithNextTime) of \(rep.conversations) (\(share)%)", String(rep.kept),
                String(rep.slipped), String(rep.goingCold),
            ]
        }
        let widths = titles.indices.map { column in ([titles] + rows).map { $0[column].count }.max() ?? 0 }
        return ([titles] + rows).map { row in
            row.indices.map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
