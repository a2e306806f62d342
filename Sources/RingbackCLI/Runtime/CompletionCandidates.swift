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

    private static func matching(_ prefix: String, in words: [String]) -> [String] {
        let folded = NameMatcher.normalize(prefix)
        return words.filter { folded.isEmpty || NameMatcher.normalize($0).hasPrefix(folded) }
    }
}
