import Foundation

/// One forward step of the store's format, applied to the parsed JSON object.
public struct Migration: Sendable {
    public let from: Int
    public let apply: @Sendable (inout [String: Any]) throws -> Void

    public init(from: Int, apply: @escaping @Sendable (inout [String: Any]) throws -> Void) {
        self.from = from
        self.apply = apply
    }
}

/// The single-file store's format history up to schema 2 (schema 3, the folder layout, is
/// reached by `LegacyStore.migrate`).
public enum StoreMigrations {
    public static let all: [Migration] = [
        // Schema 2 keeps role-play practice results.
        Migration(from: 1) { object in object["practice"] = object["practice"] ?? [Any]() }
    ]

    /// Runs the steps from `version` up to `target`; throws if a step is missing.
    static func migrate(_ object: inout [String: Any], from version: Int, to target: Int, using steps: [Migration], path: String) throws {
        var current = version
        while current < target {
            guard let step = steps.first(where: { $0.from == current }) else {
                throw StoreError.unreadable(
                    path: path, problem: "no migration from schema \(current) to \(current + 1)",
                    remedy: "the Ringback that wrote it still reads it")
            }
            try step.apply(&object)
            current += 1
            object["schemaVersion"] = current
        }
    }
}
