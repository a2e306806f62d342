import Foundation
import Testing

@Suite(.enabled(if: RingbackProcess.onFiles, "the JSON store\'s files"))
struct StoreProblemTests {
    let ringback = RingbackProcess()

    @Test func aCorruptStoreExitsTwoNamesThePlaceAndStaysByteIdentical() throws {
        let broken = Data("{\n  \"schemaVersion\": 2,\n  \"contacts\": [\n    {\"id\": \"dana\",, }\n".utf8)
        try broken.write(to: URL(fileURLWithPath: ringback.store))
        for arguments in [["next"], ["log", "Dana", "--outcome", "vm"], ["agenda", "--json"], ["undo"]] {
            let result = try ringback.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("\(ringback.store):4:"), "\(result.stderr)")
        }
        #expect(FileManager.default.contents(atPath: ringback.store) == broken)
    }

    @Test func aNewerStoreIsRefused() throws {
        try ringback.run(["log", "Dana", "--outcome", "vm"])
        var text = try String(contentsOfFile: ringback.store, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"schemaVersion\" : 3", with: "\"schemaVersion\" : 9")
        try Data(text.utf8).write(to: URL(fileURLWithPath: ringback.store))
        let result = try ringback.run(["log", "Dana", "--outcome", "vm"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("newer Ringback"))
        #expect(try String(contentsOfFile: ringback.store, encoding: .utf8) == text)
    }

    @Test func storesWrittenByTheBinaryMatchTheSchema() throws {
        try ringback.run([
            "log", "Dana Ruiz", "--outcome", "connected", "--next", "2026-11-24T10:00", "--commitment", "pricing", "--email",
            "d@acme.example", "--now", "2026-11-20T10:00",
        ])
        try ringback.run([
            "log", "Zoë", "--outcome", "connected", "--commitment", "intro", "--by", "2026-11-27", "--prefers", "text", "--now",
            "2026-11-20T10:00",
        ])
        try ringback.run(["stop", "zoe", "--reason", "no thanks", "--now", "2026-11-21T10:00"])
        try ringback.run(["config", "time-zone", "America/Chicago"])
        try ringback.run(["undo"])
        let script = RingbackProcess.packageRoot + "/scripts/validate_store.py"
        let valid = try RingbackProcess.execute("/usr/bin/env", ["python3", script, ringback.store])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        #expect(valid.stdout.contains("checked 2 contacts, 2 touches, "))
        #expect(valid.stdout.hasSuffix(": 0 problems\n"))

        // The validator is real: a contact file with a bad status fails it.
        let zoe = ringback.folder + "/store.d/contacts/zoe.json"
        let bad = try String(contentsOfFile: zoe, encoding: .utf8).replacingOccurrences(of: "\"do-not-contact\"", with: "\"sleeping\"")
        try Data(bad.utf8).write(to: URL(fileURLWithPath: zoe))
        let invalid = try RingbackProcess.execute("/usr/bin/env", ["python3", script, ringback.store])
        #expect(invalid.status == 1)
    }
}
