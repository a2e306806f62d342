import Foundation
import RingbackCoach
import RingbackPostgres

/// `review --team`: a manager's week, one row a rep (`RepWeek`, counted by the database):
/// the touches each recorded, the replies and conversations among them, next times set, and
/// on each rep's own contacts the promises kept and slipped and the contacts going cold.
/// Contacts nobody owns get a row of their own.
struct TeamReview: Encodable {
    var from: Date
    var to: Date
    var reps: [RepWeek]

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
