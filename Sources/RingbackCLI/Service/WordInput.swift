import RingbackCore

/// Reads a word from a fixed set typed as an option (`--outcome vm`, `--channel phone`),
/// forgiving as `Outcome(loose:)` and `Channel(loose:)` are, and names the choices otherwise.
enum WordInput {
    static func outcome(_ text: String, option: String = "--outcome") throws -> Outcome {
        guard let outcome = Outcome(loose: text) else {
            throw RequestError.notOneOf(option: option, value: text, kind: "an outcome", choices: Outcome.allCases.map(\.rawValue))
        }
        return outcome
    }

    static func channel(_ text: String, option: String = "--channel") throws -> Channel {
        guard let channel = Channel(loose: text) else {
            throw RequestError.notOneOf(option: option, value: text, kind: "a channel", choices: Channel.allCases.map(\.rawValue))
        }
        return channel
    }
}
