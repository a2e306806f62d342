/// What reading one line gave.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D, or the end of piped input.
    case end
}

/// Where the shell's lines come from: libedit on a terminal, plain lines from a pipe.
protocol LineSource: AnyObject {
    /// True when a person is typing (prompts are shown).
    var interactive: Bool { get }
    /// Reads one line; `remember` keeps it in the history (commands, not debrief answers).
    func read(prompt: String, remember: Bool) -> LineInput
    /// What Tab offers: command words first on a line, contact names after.
    func setCompletions(_ completion: Completion)
    /// Saves the history, if any.
    func close()
}

/// Lines from a pipe or file: no prompts, no editing, no history.
final class PipedLines: LineSource {
    let interactive = false

    func read(prompt: String, remember: Bool) -> LineInput {
        guard let line = readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    func setCompletions(_ completion: Completion) {}
    func close() {}
}
