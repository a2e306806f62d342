import RingbackContent
import RingbackWhen

/// The stronger line shown after a reply, chosen for what that reply missed: the trainee's
/// own words, when they were gracious, did something right and left no time vague, with a few words added for
/// each missed criterion (checked after each addition, so one addition can cover two); the
/// scene's model line when the reply cannot be kept or the additions do not meet the rubric.
/// Nil when the reply already meets everything.
public enum StrongerLine {
    public static func suggest(for reply: String, scored: ReplyScore, turn: PracticeContent.Turn, checker: ReplyChecker) -> String? {
        guard scored.results.contains(where: { !$0.met }) else { return nil }
        let words = Understanding.words(reply).count
        // Blame, rambling, or "whenever" / "sometime" (which the added day would contradict)
        // cannot be kept.
        let keepable =
            scored.points > 0 && scored.cold == nil && scored.doubt == nil && (4...30).contains(words)
            && WhenParser.vagueWord(in: reply) == nil
        guard keepable else { return turn.better }
        var line = sentence(reply)
        for addition in turn.additions where !checker.check(line, addition.criterion, heard: turn.says).met {
            // Goodwill comes first ("Of course. ..."); everything else follows what they said.
            line =
                addition.criterion == .gracious ? sentence(addition.words) + " " + capitalized(line) : line + " " + sentence(addition.words)
        }
        let complete = turn.rubric.allSatisfy { checker.check(line, $0, heard: turn.says).met }
        return complete ? line : turn.better
    }

    /// The text with its first letter in capitals ("friday at 10?" after "Sure, Friday works.").
    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The text with a closing full stop when it has no closing punctuation.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last else { return trimmed }
        return ".!?".contains(last) ? trimmed : trimmed + "."
    }
}
