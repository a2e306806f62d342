import Foundation

/// Picks where lines come from: libedit when a person is at a terminal, plain lines otherwise.
enum LineSources {
    static func open() -> LineSource {
        guard isatty(0) == 1 else { return PipedLines() }
        return EditLineSource(historyPath: Locations.historyFile(environment: ProcessInfo.processInfo.environment))
    }
}
