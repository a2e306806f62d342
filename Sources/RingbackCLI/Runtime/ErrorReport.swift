import ArgumentParser
import RingbackCore
import RingbackStore

/// How any error ends a command, in one place for the command line and the shell: the
/// line to show (nil for none) and the exit status (1 a mistake in the request, 2 the store).
struct ErrorReport {
    let message: String?
    let status: Int32

    init(_ error: Error) {
        switch error {
        case is RequestError, is RecordingError, is CorrectionError: (message, status) = ("ringback: " + Self.describe(error), 1)
        case is StoreError: (message, status) = ("ringback: " + Self.describe(error), 2)
        case let error as ExitCode: (message, status) = (nil, error.rawValue)
        default:
            let code = RingbackCommand.exitCode(for: error)
            let text = RingbackCommand.fullMessage(for: error)
            if code == .success || error is CleanExit {
                (message, status) = (text.isEmpty ? nil : text, code.rawValue)
            } else {
                let first = text.split(separator: "\n").first.map(String.init) ?? "\(error)"
                (message, status) = ("ringback: " + first + " (see ringback --help)", 1)
            }
        }
    }

    /// The error in words, without the "ringback: " prefix (for "not saved: ...").
    static func describe(_ error: Error) -> String {
        switch error {
        case let error as RequestError: return error.description
        case let error as RecordingError: return RequestError.recording(error).description
        case let error as CorrectionError: return RequestError.correction(error).description
        default: return "\(error)"
        }
    }
}
