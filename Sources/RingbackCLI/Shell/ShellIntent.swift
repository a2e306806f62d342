import RingbackCore

/// What a line typed in the shell asks for: a command, a plain question, or nothing known.
enum ShellIntent: Equatable {
    case quit
    case help
    case debrief(name: String?)
    case practice(String?)
    /// Run these words as a `ringback` command.
    case command([String])
    /// An unknown first word, with the closest command.
    case unknown(String, suggestion: String?)

    /// The `ringback` subcommands, as the argument parser declares them.
    static let commands = RingbackCommand.configuration.subcommands.compactMap { $0.configuration.commandName }

    /// Words only the shell knows, with what they do (for `help`).
    static let shellOnly: [(usage: String, summary: String)] = [
        ("debrief [NAME]", "Talk through the call you just had; saves the outcome and the next step."),
        ("help", "This list."),
        ("quit, exit", "Leave the shell (or Ctrl-D)."),
    ]
    static let shellWords = ["debrief", "help", "quit", "exit"]

    static func parse(_ line: String, contacts: [String]) -> ShellIntent? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let question = question(trimmed, contacts: contacts) { return question }
        let words = ShellWords.split(trimmed)
        guard let first = words.first?.lowercased() else { return nil }
        switch first {
        case "quit", "exit", "q", "bye": return .quit
        case "help", "?", "h": return .help
        case "debrief", "d": return .debrief(name: words.count > 1 ? words.dropFirst().joined(separator: " ") : nil)
        case "practice" where !words.contains("--list"): return .practice(words.count > 1 ? words.dropFirst().joined(separator: " ") : nil)
        default: break
        }
        if commands.contains(first) { return .command([first] + words.dropFirst()) }
        if first.hasPrefix("-") { return .command(words) }
        let all = commands + shellWords
        return .unknown(words[0], suggestion: NameMatcher.nearest(first, among: all))
    }

    /// Plain questions: "what should I do next?", "who do I call today?", "when do I call Dana?".
    static func question(_ text: String, contacts: [String]) -> ShellIntent? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        let sentence = " " + words.joined(separator: " ") + " "
        let asks = words.first.map { ["what", "who", "when", "whats", "what's", "should", "anything", "any"].contains($0) } ?? false
        guard asks || text.hasSuffix("?") else { return nil }
        if sentence.contains(" when ") {
            // "when do I call Dana?": the name is whatever matches a contact.
            for start in words.indices {
                let rest = words[start...].joined(separator: " ")
                if case .found(let name) = NameMatcher.match(rest, in: contacts, name: { $0 }) { return .command(["show", name]) }
            }
        }
        if sentence.contains(" today ") || sentence.contains(" this morning ") || sentence.contains(" this afternoon ") {
            return .command(["agenda", "--days", "0"])
        }
        if sentence.contains(" this week ") || sentence.contains(" agenda ") || sentence.contains(" coming up ") {
            return .command(["agenda"])
        }
        if sentence.contains(" next ") || sentence.contains(" do now ") || sentence.contains(" should i do ")
            || sentence.contains(" first ")
        {
            return .command(["next"])
        }
        return nil
    }
}
