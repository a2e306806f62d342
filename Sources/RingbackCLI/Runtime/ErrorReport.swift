import ArgumentParser
import RingbackCore
import RingbackInterchange
import RingbackStore

/// How any error ends a command, in one place for the command line and the shell: the
/// line to show (nil for none) and the exit status (1 a mistake in the request, 2 the store).
struct ErrorReport {
    let message: String?
    let status: Int32

    init(_ error: Error) {
        switch error {
        case is RequestError, is RecordingError, is CorrectionError, is InterchangeError:
            (message, status) = ("ringback: " + Self.describe(error), 1)
        case is StoreError: (message, status) = ("ringback: " + Self.describe(error), 2)
        case let error as ExitCode: (message, status) = (nil, error.rawValue)
        default:
            let code = RingbackCommand.exitCode(for: error)
            let text = RingbackCommand.fullMessage(for: error)
            if code == .success || error is CleanExit {
                (message, status) = (text.isEmpty ? nil : text, code.rawValue)
            } else {
                (message, status) = ("ringback: " + Self.parserMessage(text, fallback: "\(error)"), 1)
            }
        }
    }

    /// The parser's complaint in Ringback's words: "Error: Missing expected argument
    /// '<name> ...'" with its usage line becomes "missing <name>: ringback forget <name>
    /// [--force] (see ringback forget --help)".
    static func parserMessage(_ text: String, fallback: String) -> String {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var first = lines.first ?? fallback
        if first.hasPrefix("Error: ") { first = String(first.dropFirst("Error: ".count)) }
        if first.hasPrefix("Missing expected argument ") {
            first =
                "missing "
                + first.dropFirst("Missing expected argument ".count).replacingOccurrences(of: "'", with: "")
                .replacingOccurrences(of: " ...", with: "")
        }
        guard var usage = lines.first(where: { $0.hasPrefix("Usage: ") })?.dropFirst("Usage: ".count).description else {
            return first + " (see ringback --help)"
        }
        // The options every command takes say nothing about this one.
        usage = usage.replacingOccurrences(of: " [--store <path>] [--now <iso8601>] [--json] [--team]", with: "")
        let command = usage.split(separator: " ").prefix { !$0.hasPrefix("<") && !$0.hasPrefix("[") }.joined(separator: " ")
        return first + ": " + usage + " (see " + command + " --help)"
    }

    /// The error in words, without the "ringback: " prefix (for "not saved: ...").
    static func describe(_ error: Error) -> String {
        switch error {
        case let error as RequestError: return error.description
        case let error as RecordingError: return RequestError.recording(error).description
        case let error as CorrectionError: return RequestError.correction(error).description
        case let error as InterchangeError: return RequestError(error).description
        default: return "\(error)"
        }
    }
}
