import ArgumentParser
import RingbackStore

/// How any error ends a command, in one place for the command line and the shell: the
/// line to show (nil for none) and the exit status (1 a mistake in the request, 2 the store).
struct ErrorReport {
    let message: String?
    let status: Int32

    init(_ error: Error) {
        switch error {
        case let error as UserError: (message, status) = ("ringback: " + error.description, 1)
        case let error as StoreError: (message, status) = ("ringback: " + error.description, 2)
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
}
