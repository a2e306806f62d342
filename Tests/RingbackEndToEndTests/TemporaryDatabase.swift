import Foundation

/// A database of its own for one test on the throwaway PostgreSQL server the test run
/// started (`RINGBACK_TEST_POSTGRES`, see scripts/postgres.sh), dropped when the test ends.
final class TemporaryDatabase: Sendable {
    /// The server's base URL when the end-to-end tests run against PostgreSQL.
    static let server = ProcessInfo.processInfo.environment["RINGBACK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    let url: String
    private let base: String

    init(server: String) {
        base = server
        url = server + "/" + name
        Self.psql("CREATE DATABASE \(name)")
    }

    /// Runs SQL on this test's database (to set up what only an older Ringback would leave).
    func sql(_ statement: String) { Self.psql(statement, at: base, database: name) }

    /// The first column of the first row a query returns on this test's database, as text.
    func value(_ query: String) throws -> String {
        let result = try RingbackProcess.execute("/usr/bin/env", ["psql", base + "/" + name, "-qAtX", "-c", query])
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit { Self.psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", at: base) }

    private static func psql(_ statement: String, at base: String? = nil, database: String = "postgres") {
        guard let server = base ?? Self.server else { return }
        let result = try? RingbackProcess.execute(
            "/usr/bin/env", ["psql", server + "/" + database, "-q", "-v", "ON_ERROR_STOP=1", "-c", statement])
        precondition(result?.status == 0, "psql \(statement): \(result?.stderr ?? "did not run")")
    }
}
