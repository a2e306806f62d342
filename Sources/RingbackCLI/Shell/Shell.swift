import ArgumentParser
import Foundation
import RingbackCoach
import RingbackCore
import RingbackStore

/// The interactive shell: reads lines (libedit on a terminal, plain lines from a pipe),
/// runs commands, answers plain questions, and drives the debrief. A thin edge: the
/// conversation itself is `Debrief`, the work is the same code as the command line.
struct Shell {
    let session: Session
    let global: GlobalOptions
    let source: LineSource

    static func open(_ global: GlobalOptions) throws -> Shell {
        Shell(session: try Session(global), global: global, source: LineSources.open())
    }

    func run() {
        defer { source.close() }
        if source.interactive {
            Console.print("Ringback. Type 'debrief' after a call, 'next' for what to do now, 'help' for more, Ctrl-D to leave.")
        }
        while true {
            // One read of the store per line, for Tab and for questions that name someone.
            let names = contactNames()
            refreshCompletions(names)
            switch source.read(prompt: "ringback> ", remember: true) {
            case .end: return
            case .interrupt: continue
            case .line(let line):
                guard let intent = ShellIntent.parse(line, contacts: names) else { continue }
                if intent == .quit { return }
                perform(intent)
            }
        }
    }

    private func perform(_ intent: ShellIntent) {
        switch intent {
        case .quit: return
        case .help: Console.print(Self.help)
        // Home and clear screen, as clear(1) does on an ANSI terminal; nothing when output is not one.
        case .clear: if Console.isTerminal { Console.stream(Data("\u{1B}[H\u{1B}[2J".utf8)) }
        case .practice(let arguments): practice(arguments)
        case .debrief(let name): debrief(name: name)
        case .debriefTold(let told): debrief(told: told)
        case .vent(let text, let suggestion):
            if let reframe = Understanding.reframe(for: text, in: session.content.debrief, last: nil) {
                Console.print(reframe.text)
            } else if let suggestion {
                perform(.unknown(ShellWords.split(text).first ?? text, suggestion: suggestion))
            } else {
                Console.print("ringback: I didn't understand that; type 'help' for what I can do, or 'debrief' after a call")
            }
        case .unknown(let word, let suggestion):
            Console.print("ringback: unknown command '\(word)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; type 'help'"))
        case .command(let words): runCommand(words)
        case .looks: looks()
        }
    }

    /// A command's words with the shell's --store and --now.
    private func withShellOptions(_ words: [String]) -> [String] {
        var arguments = words
        if let store = global.store, !arguments.contains("--store") { arguments += ["--store", store] }
        if let now = global.now, !arguments.contains("--now") { arguments += ["--now", now] }
        return arguments + ["--in-shell"]
    }

    /// A role-play reading its replies from the shell's own line source.
    private func practice(_ arguments: [String]) {
        do {
            let command = try PracticeCommand.parse(withShellOptions(arguments))
            try command.perform(try Session(command.global), source: source)
        } catch {
            if let message = ErrorReport(error).message { Console.print(message) }
        }
    }

    /// Runs a `ringback` command inside the shell, with the shell's --store and --now; false
    /// when it failed (its error is shown).
    @discardableResult
    private func runCommand(_ words: [String]) -> Bool {
        do {
            var command = try RingbackCommand.parseAsRoot(withShellOptions(words))
            if command is RingbackCommand {
                Console.print(Self.help)
                return true
            }
            try command.run()
            return true
        } catch {
            if let message = ErrorReport(error).message { Console.print(message) }
            return ErrorReport(error).message == nil
        }
    }

    /// Goes through the replies `sync mail` left to look at: y applies one (its command runs),
    /// n drops it, Enter keeps it for later; Ctrl-C or Ctrl-D stops with the rest kept.
    private func looks() {
        let environment = ProcessInfo.processInfo.environment
        do {
            var pending = try PendingLooks.read(environment: environment)
            let all = pending.byStore[session.location] ?? []
            guard !all.isEmpty else { return Console.print("No replies to look at. `sync mail` lists them when it finds any.") }
            let calendar = session.scheduler(try session.store.settings()).calendar
            Console.print(
                "\(all.count) repl\(all.count == 1 ? "y" : "ies") to look at. y applies it, n drops it, Enter keeps it for later.")
            var settled: Set<String> = []
            for look in all {
                // A stop or a close applied ends what the rest of that contact's replies asked.
                if settled.contains(look.contact) {
                    pending.remove(look.touch, store: session.location)
                    try pending.write(environment: environment)
                    continue
                }
                Console.print(SyncLooksCommand.line(look, calendar: calendar, now: session.currentTime()))
                guard case .line(let answer) = source.read(prompt: "  apply? › ", remember: false) else {
                    return Console.print("The rest stay for later: `sync looks`.")
                }
                switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                case "y", "yes", "apply", "ok":
                    let words = ShellWords.split(String(look.command.dropFirst("ringback ".count)))
                    guard runCommand(words) else { continue }
                    pending.remove(look.touch, store: session.location)
                    if look.command.hasPrefix("ringback stop") || look.command.hasPrefix("ringback close") { settled.insert(look.contact) }
                case "n", "no", "drop":
                    pending.remove(look.touch, store: session.location)
                    Console.print("Dropped.")
                default: Console.print("Kept for later.")
                }
                try pending.write(environment: environment)
            }
        } catch {
            if let message = ErrorReport(error).message { Console.print(message) }
        }
    }

    private func debrief(name: String? = nil, told: String? = nil) {
        let people: [ContactBook.Entry]
        let settings: Settings
        do {
            people = try session.store.everyone()
            settings = try session.store.settings()
        } catch {
            return Console.print("ringback: \(error)")
        }
        // Only the person picked is read in full; a file that cannot be read is reported when
        // the debrief is saved, through the store's own error.
        let store = session.store
        var conversation = Debrief(
            people: people, read: { try? store.contact(id: $0)?.contact }, content: session.content, settings: settings,
            timeZone: session.timeZone(settings))
        var reply =
            told.map { conversation.start(told: $0, now: session.currentTime()) }
            ?? conversation.start(name: name, now: session.currentTime())
        while true {
            for line in reply.lines { Console.print(line) }
            if let record = reply.save { save(record) }
            if reply.finished { return }
            let input: Debrief.Input
            switch source.read(prompt: "  › ", remember: false) {
            case .line(let line): input = .line(line)
            case .interrupt: input = .interrupt
            case .end: input = .endOfInput
            }
            reply = conversation.handle(input, now: session.currentTime())
        }
    }

    /// Writes a finished debrief through the store's locked path and shows the next step.
    private func save(_ entry: TouchEntry) {
        let timed = Session(copy: session, now: session.currentTime())
        do {
            let result = try session.store.update(summary: "debrief", indexer: session.indexer) { change in
                try TouchRecording(entry).apply(to: &change, session: timed)
            }
            if let warning = result.warning { Console.print("warning: \(warning)") }
            if let referred = result.referred {
                Console.print(RecordingText.sentence("Added \(referred), referred by \(result.contactName)"))
            }
            for todo in result.todos { Console.print("You owe \(result.contactName): \(todo).") }
            Console.print(result.nextText)
        } catch {
            Console.print("ringback: not saved: " + ErrorReport.describe(error))
        }
    }

    private func contactNames() -> [String] {
        (try? session.store.directory().map(\.name)) ?? []
    }

    private func refreshCompletions(_ names: [String]) {
        guard source.interactive else { return }
        source.setCompletions(
            Completion(
                commands: ShellIntent.commands + ShellIntent.shellWords, names: names,
                scenarios: session.content.practice.scenarios.map(\.id)))
    }

    /// The shell's help: its own words, then every command with the abstract the argument
    /// parser shows, so a new command appears here without a second list.
    static var help: String {
        let commands = RingbackCommand.configuration.subcommands.map { ($0.configuration.commandName ?? "", $0.configuration.abstract) }
        let rows = ShellIntent.shellOnly.map { ($0.usage, $0.summary) } + commands
        let width = rows.map(\.0.count).max() ?? 0
        let list = rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
        return
            (["Commands (the same as on the command line, without 'ringback'; 'COMMAND --help' for its options):"] + list + [
                "Or ask: \"what should I do next?\", \"who do I call today?\", \"when do I call Dana?\"",
                "Tab completes commands and names; Ctrl-C drops the current line; Ctrl-D leaves.",
            ]).joined(separator: "\n")
    }
}
