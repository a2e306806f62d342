import Foundation
import RingbackTestSupport

/// Runs the real `ringback` binary built beside the test bundle, on a private store.
struct RingbackProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed]) }
    }

    private let temporary = TemporaryFolder("cli-tests")
    /// This test's own database when the run is against PostgreSQL.
    let database = TemporaryDatabase.server.map(TemporaryDatabase.init(server:))
    /// This test's folder: the JSON store (unless the run is against PostgreSQL), and the
    /// XDG data, config and state folders.
    var folder: String { temporary.path }
    /// The store every `run` uses: a JSON store in the folder, or this test's database.
    var store: String { database?.url ?? folder + "/store.json" }
    /// True when the tests run against the JSON store (file layout tests need it).
    static var onFiles: Bool { TemporaryDatabase.server == nil }

    /// Everything the store holds, as a full backup at a fixed moment: equal before and
    /// after a command that changed nothing, whichever store the run uses.
    func snapshot() throws -> String { try run(["export", "--now", "2026-01-01T00:00"]).stdout }

    /// True when the store holds no contact (nothing was written).
    func storeIsEmpty() throws -> Bool { (try run(["contacts", "--json"]).json() as? [Any])?.isEmpty == true }
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL
        .path

    static var binary: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while folder.path != "/" && !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("ringback").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("ringback").path
    }

    /// `ringback ARGS --store STORE` (the store flag is added unless `store: false`).
    @discardableResult
    func run(_ arguments: [String], store useStore: Bool = true, input: String? = nil) throws -> Result {
        try Self.execute(Self.binary, arguments + (useStore ? ["--store", store] : []), input: input, environment: environment)
    }

    /// `ringback ARGS --store STORE` as one rep of a team: their own config folder, where
    /// `me` is their name (as `ringback config me NAME` leaves it).
    @discardableResult
    func run(_ arguments: [String], as member: String, input: String? = nil) throws -> Result {
        let config = folder + "/members/" + member
        try FileManager.default.createDirectory(atPath: config + "/ringback", withIntermediateDirectories: true)
        try Data("me = \"\(member)\"\n".utf8).write(to: URL(fileURLWithPath: config + "/ringback/config.toml"))
        var environment = self.environment
        environment["XDG_CONFIG_HOME"] = config
        return try Self.execute(Self.binary, arguments + ["--store", store], input: input, environment: environment)
    }

    /// The environment the binary runs in: Paris time, and XDG folders inside this test's folder.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "Europe/Paris"
        environment["XDG_CONFIG_HOME"] = folder + "/config"
        environment["XDG_DATA_HOME"] = folder + "/data"
        environment["XDG_STATE_HOME"] = folder + "/state"
        environment.removeValue(forKey: "RINGBACK_STORE")
        return environment
    }

    static func execute(
        _ executable: String, _ arguments: [String], input: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        inPipe.fileHandleForWriting.closeFile()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// python3 with a script, for the real validators (jsonschema, icalendar).
    static func python(_ script: String, _ arguments: [String]) throws -> Result {
        try execute("/usr/bin/env", ["python3", "-c", script] + arguments)
    }
}
