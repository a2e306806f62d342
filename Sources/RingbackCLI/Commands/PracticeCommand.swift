import ArgumentParser
import RingbackContent

/// `ringback practice [SCENARIO]`: role-play a tricky moment and get scored.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Role-play a tricky moment (\"I'll get back to you\", the fifth unanswered call...) and get scored.",
        discussion:
            "Scenarios live in content/practice.yaml. Replies can be piped: echo \"Could I call you Tuesday at 10?\" | ringback practice 1")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The scenario, by number or name (omit to pick from the list).", completion: CompletionCandidates.scenarios)
    var scenario: String?

    @Flag(help: "List the scenarios, one a line.")
    var list = false

    @Option(
        help: ArgumentHelp(
            "Short exchanges on one skill: specific-day, two-options, what-and-when, easy-no, gracious, channel, short or respect-no.",
            valueName: "skill"))
    var drill: String?

    @Flag(help: "Play the busy, curt persona, where the scene has one.")
    var busy = false

    @Option(help: "Score this one reply against a turn's rubric without playing the scene (nothing is saved).")
    var reply: String?

    @Option(help: "The turn --reply answers (1 is the first).")
    var turn: Int?

    func run() throws {
        let session = try Session(global)
        let source = LineSources.open()
        defer { source.close() }
        try perform(session, source: source)
    }

    /// The command's work, reading replies from `source` (its own, or the shell's).
    func perform(_ session: Session, source: LineSource) throws {
        if list {
            if session.json { return try Output.json(Practice.listing(session.content.practice)) }
            return Console.print(Practice.list(session.content.practice))
        }
        if let drill {
            // "--drill easy no": a skill typed in two words leaves the second as the scenario.
            let skill = ([drill] + (scenario.map { [$0] } ?? [])).joined(separator: " ")
            guard let criterion = PracticeContent.criterion(loose: skill), let scene = session.content.practice.drill(criterion) else {
                throw RequestError.notOneOf(
                    option: "--drill", value: skill, kind: "a skill", choices: Criterion.allCases.map(\.rawValue))
            }
            return Practice.play(scene, busy: false, session: session, source: source)
        }
        if let scenario, session.content.practice.scenario(scenario) == nil {
            throw RequestError.noScenario(scenario, hint: session.hint(.listScenarios))
        }
        if turn != nil && reply == nil { throw RequestError.needs(option: "--turn", other: "--reply TEXT", why: ": the reply to score") }
        if let reply {
            guard let scenario else { throw RequestError.needs(option: "--reply", other: "a SCENARIO", why: ": which scene it answers") }
            return try Practice.assess(reply, scenario: scenario, turn: turn ?? 1, session: session)
        }
        Practice.run(choice: scenario, busy: busy, session: session, source: source)
    }
}
