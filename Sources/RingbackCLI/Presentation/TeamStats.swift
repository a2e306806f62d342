import Foundation
import RingbackCoach
import RingbackCore

/// `stats --team`: each rep's real-call figures beside their practice, one row each, from
/// the figures of the touches and the practice results the team store marks with who
/// recorded them.
struct TeamStats: Encodable {
    struct Rep: Encodable {
        var rep: String
        var conversations: Int
        var conversationsWithNextTime: Int
        /// Average unanswered tries before a reply, over the replies that followed one.
        var triesBeforeReply: Double?
        var practiced: Int
        var passed: Int
        /// The share of criteria met in practice, per week (the last `FollowUpStats.weeks`), oldest first.
        var practiceByWeek: [Int?]
    }

    var reps: [Rep]

    /// From each rep's figures (from the touches they recorded) and everyone's practice.
    init(figures: [String: ActivityFigures], practice: [PracticeRecord], now: Date) {
        let names = Set(figures.keys).union(practice.compactMap(\.by))
        reps = names.sorted().map { name in
            let mine = practice.filter { $0.by == name }
            let stats = FollowUpStats(figures: figures[name] ?? ActivityFigures(), practice: mine, now: now)
            let weeks = (0..<FollowUpStats.weeks).map { week -> Int? in
                let shares = stats.practiceByWeek.values.compactMap { $0.indices.contains(week) ? $0[week] : nil }
                return shares.isEmpty ? nil : shares.reduce(0, +) / shares.count
            }
            let tries = stats.attemptsBeforeReplies
            return Rep(
                rep: name, conversations: stats.conversations, conversationsWithNextTime: stats.conversationsWithNextTime,
                triesBeforeReply: tries.isEmpty ? nil : Double(tries.reduce(0, +)) / Double(tries.count), practiced: mine.count,
                passed: mine.filter(\.passed).count, practiceByWeek: weeks)
        }
    }

    /// The table, one line a rep.
    var lines: [String] {
        guard !reps.isEmpty else { return ["No touches or practice recorded by name yet (each rep: ringback config me NAME)."] }
        let width = max(4, reps.map(\.rep.count).max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String { text.padding(toLength: max(size, text.count), withPad: " ", startingAt: 0) }
        var lines = [
            pad("REP", width) + "  CONVERSATIONS  NEXT TIME SET  TRIES/REPLY  PRACTICE  PASSED  BY WEEK"
        ]
        for rep in reps {
            let share = StatsCommand.percent(rep.conversationsWithNextTime, of: rep.conversations)
            let tries = rep.triesBeforeReply.map { String(format: "%.1f", $0) } ?? "-"
            lines.append(
                pad(rep.rep, width) + "  " + pad(String(rep.conversations), 13) + "  "
                    + pad(rep.conversations == 0 ? "-" : "\(rep.conversationsWithNextTime) (\(share)%)", 13) + "  " + pad(tries, 11) + "  "
                    + pad(String(rep.practiced), 8) + "  " + pad(String(rep.passed), 6) + "  " + FollowUpStats.weekly(rep.practiceByWeek))
        }
        return lines
    }
}
