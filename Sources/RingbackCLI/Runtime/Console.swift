import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Where command text goes. Piped, every line as it is. On a terminal, wrapped to the
/// terminal's width with a hanging indent; and the long output of a command run `paged`
/// goes through a pager (`$PAGER`, else `less -FRX`, as git does).
enum Console {
    /// A line to show, and whether it may be wrapped (JSON and file contents may not).
    private struct Line {
        var text: String
        var wraps: Bool
    }

    private struct State {
        var pageDepth = 0
        var buffer: [Line] = []
    }

    private static let state = Mutex(State())

    /// True when standard output is a terminal.
    static let isTerminal = isatty(STDOUT_FILENO) == 1

    /// Writes one line (or several, split at line breaks), control characters made visible.
    static func print(_ text: String = "") { write(TerminalText.safe(text), wraps: true) }

    /// Writes text exactly as it is, never wrapped (JSON, exported files).
    static func raw(_ text: String) { write(text, wraps: false) }

    /// Writes bytes exactly as they are, straight to standard output: a long JSON document in
    /// pieces, never from inside `paged` (it would pass what is held there).
    static func stream(_ data: Data) { FileHandle.standardOutput.write(data) }

    private static func write(_ text: String, wraps: Bool) {
        func lines() -> [Line] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(text: String($0), wraps: wraps) }
        }
        let buffered = state.withLock { state -> Bool in
            guard state.pageDepth > 0 else { return false }
            state.buffer += isTerminal ? lines() : [Line(text: text, wraps: false)]
            return true
        }
        guard !buffered else { return }
        // Only a terminal wraps: anything else gets the text as it is, without splitting it
        // into lines (a 9 MB JSON report spent half its time there).
        if wraps && isTerminal { emit(lines()) } else { write(text + "\n", to: .standardOutput) }
    }

    /// Runs `body` with what it prints held and written at the end in one go; on a terminal,
    /// through the pager when it is longer than the screen.
    static func paged<T>(_ body: () throws -> T) rethrows -> T {
        state.withLock { $0.pageDepth += 1 }
        defer {
            let lines = state.withLock { state -> [Line]? in
                state.pageDepth -= 1
                guard state.pageDepth == 0 else { return nil }
                defer { state.buffer = [] }
                return state.buffer
            }
            if let lines { show(lines) }
        }
        return try body()
    }

    /// The terminal's width in columns, else `$COLUMNS`, else 80.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }

    private static var height: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        return ProcessInfo.processInfo.environment["LINES"].flatMap(Int.init) ?? 24
    }

    private static func layout(_ lines: [Line]) -> [String] {
        guard isTerminal else { return lines.map(\.text) }
        let width = self.width
        return lines.flatMap { $0.wraps ? TextWrap.wrap($0.text, width: width) : [$0.text] }
    }

    private static func emit(_ lines: [Line]) {
        write(layout(lines).map { $0 + "\n" }.joined(), to: .standardOutput)
    }

    /// Writes text as it is. A reader that went away (`ringback agenda | head`) ends the
    /// process the way a closed pipe ends any program, even once the database client has
    /// set SIGPIPE aside for its own sockets.
    static func write(_ text: String, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            exit(141)
        }
    }

    private static func show(_ lines: [Line]) {
        let laidOut = layout(lines)
        guard isTerminal, laidOut.count >= height, let pager = pagerCommand(),
            Pager.run(pager, text: laidOut.map { $0 + "\n" }.joined())
        else { return emit(lines) }
    }

    /// `$PAGER` (none when empty or `cat`), else `less -FRX` when less is installed.
    private static func pagerCommand() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let pager = environment["PAGER"] {
            let trimmed = pager.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let hasLess = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/less") }
        return hasLess ? "less -FRX" : nil
    }
}
