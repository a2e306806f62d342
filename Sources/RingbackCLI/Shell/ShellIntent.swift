import RingbackCoach
import RingbackCore

/// What a line typed in the shell asks for: a command, a plain question, or nothing known.
enum ShellIntent: Equatable {
    case quit
    case help
    /// Clears the terminal's screen.
    case clear
    case debrief(name: String?)
    /// A debrief whose first answer is the line typed ("just called maria lopez at northwind").
    case debriefTold(String)
    /// A role-play with the shell's line source: the arguments after "practice" (a scenario
    /// name typed in several words is one argument).
    case practice([String])
    /// Run these words as a `ringback` command.
    case command([String])
    /// `sync looks`: the replies sync mail found something in, asked one by one.
    case looks
    /// An unknown first word, with the closest command.
    case unknown(String, suggestion: String?)
    /// Words said at the prompt, not a command ("this is pointless", "why bother"): answered
    /// with a reframe when they are discouraged, else as an unknown command (`suggestion`).
    case vent(String, suggestion: String?)

    /// The `ringback` subcommands, as the argument parser declares them.
    static let commands = RingbackCommand.configuration.subcommands.compactMap { $0.configuration.commandName }

    /// Words only the shell knows, with what they do (for `help`).
    static let shellOnly: [(usage: String, summary: String)] = [
        ("debrief [NAME]", "Talk through the call you just had; saves the outcome and the next step."),
        ("help", "This list."),
        ("clear", "Clear the screen (or Ctrl-L)."),
        ("quit, exit", "Leave the shell (or Ctrl-D)."),
    ]
    static let shellWords = ["debrief", "help", "clear", "quit", "exit"]

    static func parse(_ line: String, contacts: [String]) -> ShellIntent? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let narrowed = narrowedAgenda(trimmed) { return narrowed }
        if let question = question(trimmed, contacts: contacts) { return question }
        let words = ShellWords.split(trimmed)
        guard let first = words.first?.lowercased() else { return nil }
        if let done = delivered(words, contacts: contacts) { return done }
        if let released = nurture(words, contacts: contacts) { return released }
        if let owed = reminder(words, contacts: contacts) { return owed }
        if let named = callSomeone(words, contacts: contacts) { return named }
        if let pushed = pushBack(words, contacts: contacts) { return pushed }
        switch first {
        case "quit", "exit", "q", "bye": return .quit
        // "help log": that command's own help, as `ringback help log` gives it.
        case "help", "?", "h":
            let named = words.count == 2 ? words[1].lowercased() : ""
            let commands = RingbackCommand.configuration.subcommands.map { $0._commandName }
            return commands.contains(named) ? .command([named, "--help"]) : .help
        case "clear" where words.count == 1, "cls" where words.count == 1: return .clear
        case "debrief", "d": return .debrief(name: words.count > 1 ? words.dropFirst().joined(separator: " ") : nil)
        case "sync" where words.map { $0.lowercased() } == ["sync", "looks"]: return .looks
        case "practice" where !words.contains("--list"):
            let rest = Array(words.dropFirst())
            return .practice(rest.contains { $0.hasPrefix("-") } || rest.isEmpty ? rest : [rest.joined(separator: " ")])
        default: break
        }
        if commands.contains(first) { return .command([first] + words.dropFirst()) }
        if first.hasPrefix("-") { return .command(words) }
        let suggestion = NameMatcher.nearest(first, among: commands + shellWords)
        if Debrief.tellsACall(trimmed) { return .debriefTold(trimmed) }
        // Several words with no option: said, not a mistyped command ("why bother", "ugh nobody calls back").
        if words.count > 1 && !words.contains(where: { $0.hasPrefix("-") }) { return .vent(trimmed, suggestion: suggestion) }
        return .unknown(words[0], suggestion: suggestion)
    }

    /// "sent dana the quote", "emailed tom the pricing", "did the proposal for priya": a to-do
    /// done; "rachel sent the JD": what she owed came.
    static func delivered(_ words: [String], contacts: [String]) -> ShellIntent? {
        if words.count >= 3, ["sent", "emailed", "delivered", "shared", "forwarded"].contains(words[1].lowercased()),
            let (name, range) = contact(in: Array(words.prefix(1)), contacts: contacts), range == 0..<1
        {
            let what = words.dropFirst(2).filter { !["me", "the", "a", "over", "us"].contains($0.lowercased()) }
            if !what.isEmpty { return .command(["done", name] + what) }
        }
        guard let first = words.first?.lowercased(),
            ["sent", "emailed", "did", "finished", "delivered", "shared", "mailed", "texted", "forwarded"].contains(first),
            words.count >= 3
        else { return nil }
        let rest = Array(words.dropFirst())
        guard let (name, range) = contact(in: rest, contacts: contacts) else { return nil }
        let what = (rest[..<range.lowerBound] + rest[range.upperBound...]).filter {
            !["to", "for", "the", "a", "her", "him", "them"].contains($0.lowercased())
        }
        // "sent rob the app": the message it went in is logged too, and counts in the plan.
        let sentBy = ["sent": "email", "emailed": "email", "shared": "email", "forwarded": "email", "mailed": "mail", "texted": "text"]
        return .command(["done", name] + what + (sentBy[first].map { ["--sent", $0] } ?? []))
    }

    /// The contact named by one to three words of `words`, and where: the longest run first.
    static func contact(in words: [String], contacts: [String]) -> (String, Range<Int>)? {
        let bare = words.map { $0.trimmingCharacters(in: .punctuationCharacters) }
        for length in stride(from: min(3, bare.count), through: 1, by: -1) {
            for start in 0...(bare.count - length) {
                let candidate = bare[start..<start + length].joined(separator: " ")
                guard case .found(let name) = NameMatcher.match(candidate, in: contacts, name: { $0 }),
                    NameMatcher.normalize(name).split(separator: " ").contains(where: { NameMatcher.normalize(candidate).hasPrefix($0) })
                else { continue }
                return (name, start..<start + length)
            }
        }
        return nil
    }

    /// "ben passed, put him on nurture", "move dana to nurture": `release`.
    static func nurture(_ words: [String], contacts: [String]) -> ShellIntent? {
        guard words.contains(where: { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) == "nurture" }),
            !words.contains(where: { $0.hasPrefix("-") }), let (name, _) = contact(in: words, contacts: contacts)
        else { return nil }
        return .command(["release", name])
    }

    /// "remind me to send mike the cap table by tues", "i owe dana the deck by friday": `todo`
    /// (a day at the end is its --by).
    static func reminder(_ words: [String], contacts: [String]) -> ShellIntent? {
        let lower = words.map { $0.lowercased() }
        let lead = lower.starts(with: ["remind", "me", "to"]) ? 3 : lower.starts(with: ["i", "owe"]) ? 2 : nil
        guard let lead, words.count > lead + 1 else { return nil }
        let rest = Array(words.dropFirst(lead))
        guard let (name, range) = contact(in: rest, contacts: contacts) else { return nil }
        // "send mike the cap table": the verb stays, the name goes.
        let what = rest[..<range.lowerBound] + rest[range.upperBound...]
        return what.isEmpty ? nil : .command(["todo", name] + what)
    }

    /// "push dana to next week", "snooze tom till monday": `snooze`.
    static func pushBack(_ words: [String], contacts: [String]) -> ShellIntent? {
        guard let first = words.first?.lowercased(), ["push", "snooze", "move", "postpone", "defer"].contains(first), words.count >= 3
        else {
            return nil
        }
        let rest = Array(words.dropFirst())
        guard let split = rest.firstIndex(where: { ["to", "till", "until", "til", "back", "for"].contains($0.lowercased()) }), split > 0,
            case .found(let name) = NameMatcher.match(rest[..<split].joined(separator: " "), in: contacts, name: { $0 })
        else { return nil }
        let when = rest[(split + 1)...].filter { $0.lowercased() != "to" }
        guard !when.isEmpty else { return nil }
        return .command(["snooze", name] + when)
    }

    /// "call priya", "email dana", "show me mark": that contact's next step and what to say.
    static func callSomeone(_ words: [String], contacts: [String]) -> ShellIntent? {
        let lower = words.map { $0.lowercased() }
        let lead = lower.starts(with: ["show", "me"]) ? 2 : 1
        guard words.count > lead, ["call", "ring", "email", "text", "phone", "ping", "show"].contains(lower[0]),
            case .found(let name) = NameMatcher.match(words.dropFirst(lead).joined(separator: " "), in: contacts, name: { $0 })
        else { return nil }
        return .command(["show", name])
    }

    /// "calls only", "today's sales calls", "just emails this week": the agenda narrowed by
    /// channel and context. Only a line made of such words (a debrief's "sales call went
    /// well" is not one).
    static func narrowedAgenda(_ text: String) -> ShellIntent? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(String.init)
        var arguments: [String] = []
        var today = false
        for word in words {
            if let channel = agendaChannels[word] {
                arguments += ["--channel", channel]
            } else if let context = agendaContexts[word] {
                arguments += ["--context", context]
            } else if ["today", "today's", "todays"].contains(word) {
                today = true
            } else if !agendaFillers.contains(word) {
                return nil
            }
        }
        guard arguments.contains("--channel") else { return nil }
        return .command(["agenda"] + arguments + (today ? ["--days", "0"] : []))
    }

    private static let agendaChannels = ["calls": "call", "emails": "email", "texts": "text", "meetings": "meeting"]
    private static let agendaContexts = [
        "sales": "sales", "networking": "networking", "job": "job-search", "job-search": "job-search", "recruiter": "job-search",
        "recruiters": "job-search",
    ]
    private static let agendaFillers: Set<String> = [
        "only", "just", "my", "the", "show", "me", "list", "all", "for", "this", "week", "what", "are", "search", "to", "make", "send",
        "due", "and",
    ]

    /// Plain questions: "what should I do next?", "who do I call today?", "when do I call Dana?".
    static func question(_ text: String, contacts: [String]) -> ShellIntent? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        let sentence = " " + words.joined(separator: " ") + " "
        let asks = words.first.map { ["what", "who", "when", "whats", "what's", "should", "anything", "any"].contains($0) } ?? false
        if ["today", "overdue", "whats overdue", "what's overdue", "due today"].contains(words.joined(separator: " ")) {
            return .command(["agenda", "--days", "0"])
        }
        guard asks || text.hasSuffix("?") else { return nil }
        // "who owes me something?", "what am I waiting on?": the contacts whose promise is awaited.
        if [" owes me ", " owe me ", " waiting on ", " waiting for "].contains(where: sentence.contains) {
            return .command(["contacts", "--status", "waiting"])
        }
        if sentence.contains(" owe ") { return .command(["agenda", "--owed"]) }
        if sentence.contains(" overdue ") || sentence.contains(" late ") || sentence.contains(" behind ") {
            return .command(["agenda", "--days", "0"])
        }
        // "who do I call today?": the calls due, not the emails (helper-32).
        if sentence.contains(" who should i call ") || sentence.contains(" who do i call ") || sentence.contains(" who should i ring ") {
            return .command(["agenda", "--days", "0", "--channel", "call"])
        }
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
        if sentence.contains(" next ") || sentence.contains(" do now ") || sentence.contains(" should i do ") || sentence == " what now "
            || sentence.contains(" first ")
        {
            return .command(["next"])
        }
        return nil
    }
}
