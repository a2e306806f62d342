import ArgumentParser
import Foundation
import RingbackContent
import RingbackCore
import RingbackStore

/// What the OS shell's Tab completion (bash, zsh, fish; `ringback --generate-completion-script`)
/// offers for Ringback's arguments: contact names and cadences from the user's own store and
/// content, and the fixed word lists.
enum CompletionCandidates {
    static let contactNames = CompletionKind.custom { words, _, prefix in
        matching(prefix, in: (try? store(words).directory().map(\.name)) ?? [])
    }
    static let cadences = CompletionKind.custom { _, _, prefix in
        matching(prefix, in: content()?.followUpCadenceNames ?? [])
    }
    static let scenarios = CompletionKind.custom { _, _, prefix in
        matching(prefix, in: content()?.practice.scenarios.map(\.id) ?? [])
    }
    static let outcomes = CompletionKind.list(Outcome.allCases.map(\.rawValue))
    static let channels = CompletionKind.list(Channel.allCases.map(\.rawValue))
    static let contexts = CompletionKind.list(ContactContext.allCases.map(\.rawValue))
    static let statuses = CompletionKind.list(ContactStatus.allCases.map(\.rawValue) + ["waiting"])

    /// The store the command line being completed points at (`--store`), else the default.
    private static func store(_ words: [String]) throws -> any Store {
        let flag: String? = words.firstIndex(of: "--store").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
        let environment = ProcessInfo.processInfo.environment
        let config = try? LocalConfig.read(environment: environment)
        return try Session.open(Locations.store(flag: flag, environment: environment, config: config), environment: environment)
    }

    private static func content() -> Content? {
        try? ContentLoader.load(overrides: Locations.contentOverrides(environment: ProcessInfo.processInfo.environment))
    }

    /// The words that start with what was typed, in any case and with or without accents; the
    /// shell's quoting of the typed word ("'dana r", "Dana\\ R") is taken off first.
    static func matching(_ prefix: String, in words: [String]) -> [String] {
        let folded = NameMatcher.normalize(dequoted(prefix))
        return words.filter { folded.isEmpty || NameMatcher.normalize($0).hasPrefix(folded) }
    }

    /// A word as the shell passes it while it is typed, without its opening quote and escapes.
    static func dequoted(_ typed: String) -> String {
        var text = Substring(typed)
        if let first = text.first, first == "'" || first == "\"" { text = text.dropFirst() }
        var plain = ""
        var escaped = false
        for character in text {
            if character == "\\" && !escaped {
                escaped = true
                continue
            }
            plain.append(character)
            escaped = false
        }
        return plain
    }

    /// The bash completion script, with the words Ringback offers (contact names, cadences,
    /// scenarios) taken as offered: they already match what was typed in any case or quoting,
    /// which bash's own case-sensitive `compgen` filter would throw away; bash then quotes the
    /// chosen name (`Dana\ Ruiz`, or `'Dana Ruiz'` inside a quote).
    static func bashScript(_ generated: String) -> String {
        let offered = """
            # Words from ringback itself, already matched to what was typed: offered as they are.
            __ringback_add_offered() {
                local completion
                while IFS='' read -r completion; do
                    [[ -n "${completion}" ]] && COMPREPLY+=("${completion}")
                done <<< "${1}"
            }


            """
        return
            generated
            .replacingOccurrences(
                of: "__ringback_add_completions -W \"$(__ringback_custom_complete ",
                with: "__ringback_add_offered \"$(__ringback_custom_complete "
            )
            .replacingOccurrences(of: "\n_ringback() {", with: "\n" + offered + "_ringback() {")
    }
}
