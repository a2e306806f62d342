import ArgumentParser

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

    @Flag(help: "Play the busy, curt persona, where the scene has one.")
    var busy = false

    @Option(help: "Score this one reply against a turn's rubric without playing the scene (nothing is saved).")
    var reply: String?

    @Option(help: "The turn --reply answers (1 is the first).")
    var turn: Int?

    func run() throws {
        let session = try Session(global)
        if list {
            if session.json { return try Output.json(Practice.listing(session.content.practice)) }
            return Console.print(Practice.list(session.content.practice))
        }
        let source = LineSources.open()
        defer { source.close() }
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
