import Foundation
import Testing

/// The store as a user meets it through the binary: undo and redo many steps, `restore`
/// after damage, a schema-2 store from the last release, a symlinked store, a busy store.
@Suite(.enabled(if: RingbackProcess.onFiles, "the JSON store\'s files"))
struct StoreLayoutTests {
    let ringback = RingbackProcess()
    let now = ["--now", "2026-11-20T10:00"]

    @Test func undoAndRedoWalkTheHistoryAndListIt() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "vm"] + now)
        try ringback.run(["log", "Sam Lee", "--outcome", "connected"] + now)
        try ringback.run(["config", "signature", "Ana"])
        let list = try ringback.run(["undo", "--list"]).stdout
        #expect(list.contains("1. config signature Ana"))
        #expect(list.contains("3. log call to Dana Ruiz"))
        #expect(try ringback.run(["undo"]).stdout.hasPrefix("Undid: config signature Ana"))
        #expect(try ringback.run(["undo"]).stdout.hasPrefix("Undid: log call to Sam Lee"))
        let names = { try (ringback.run(["contacts", "--json"]).json() as? [[String: Any]])?.compactMap { $0["name"] as? String } }
        #expect(try names() == ["Dana Ruiz"])
        #expect(try ringback.run(["redo"]).stdout.hasPrefix("Redid: log call to Sam Lee"))
        #expect(try names() == ["Dana Ruiz", "Sam Lee"])
        let history = try #require(try ringback.run(["undo", "--list", "--json"]).json() as? [String: Any])
        #expect((history["redo"] as? [[String: Any]])?.first?["summary"] as? String == "config signature Ana")
        #expect(try ringback.run(["redo"]).stdout.hasPrefix("Redid: config signature Ana"))
        #expect(try ringback.run(["redo"]).stdout == "Nothing to redo.\n")
    }

    @Test func aDamagedContactFileNamesRestoreAndRestoreKeepsEveryTouch() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "vm", "--note", "first"] + now)
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--note", "second", "--now", "2026-11-23T10:00"])
        let file = ringback.folder + "/store.d/contacts/dana-ruiz.json"
        try Data("{\"contact\": ".utf8).write(to: URL(fileURLWithPath: file))
        let shown = try ringback.run(["show", "dana"])
        #expect(shown.status == 2)
        #expect(shown.stderr.contains("\(file):1:"))
        #expect(shown.stderr.contains("`ringback restore`"))
        let restored = try ringback.run(["restore"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("Rebuilt \(file)"))
        let timeline = try #require(try ringback.run(["show", "dana", "--json"]).json() as? [String: Any])["timeline"] as? [[String: Any]]
        #expect(timeline?.compactMap { $0["note"] as? String } == ["first", "second"])
    }

    @Test func aSchemaTwoStoreFromTheLastReleaseWorksUnchanged() throws {
        let fixture = RingbackProcess.packageRoot + "/Tests/RingbackStoreTests/Fixtures/schema2"
        for name in ["store.json", "store.json.touches.jsonl"] {
            try FileManager.default.copyItem(atPath: fixture + "/" + name, toPath: ringback.folder + "/" + name)
        }
        let shown = try ringback.run(["show", "dana", "--now", "2026-11-21T10:00"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Dana owes: send the budget"))
        #expect(shown.stdout.contains("budget talk"))
        #expect(FileManager.default.fileExists(atPath: ringback.store + ".v2.bak"))
        let stats = try #require(try ringback.run(["stats", "--json"]).json() as? [String: Any])
        #expect(stats["conversations"] as? Int == 2)
    }

    @Test func aStoreReachedThroughASymlinkStaysASymlink() throws {
        let synced = ringback.folder + "/Sync"
        try FileManager.default.createDirectory(atPath: synced, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: ringback.store, withDestinationPath: synced + "/store.json")
        try ringback.run(["log", "Dana", "--outcome", "vm"] + now)
        try ringback.run(["log", "Sam", "--outcome", "vm"] + now)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: ringback.store) == synced + "/store.json")
        #expect(FileManager.default.fileExists(atPath: synced + "/store.d/contacts/sam.json"))
        let listed = try ringback.run(["contacts", "--json", "--store", synced + "/store.json"], store: false).json() as? [Any]
        #expect(listed?.count == 2)
    }

    @Test func aBusyStoreSaysWhoHoldsItAndGivesUpWithNothingChanged() throws {
        try ringback.run(["log", "Dana", "--outcome", "vm"] + now)
        try ringback.run(["config", "lock-timeout", "2"])
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        // The lock is on the store's folder (store.d), as another Ringback process takes it.
        holder.arguments = [String(ringback.store.dropLast(".json".count)) + ".d", "sleep", "4"]
        try holder.run()
        defer { holder.waitUntilExit() }
        usleep(300_000)
        let result = try ringback.run(["log", "Dana", "--outcome", "vm"] + now)
        #expect(result.status == 2)
        #expect(result.stderr.contains("waiting for the store"))
        #expect(result.stderr.contains("after 2 s; nothing was changed"))
        let shown = try ringback.run(["show", "dana", "--json"]).json() as? [String: Any]
        #expect((shown?["timeline"] as? [Any])?.count == 1)
    }
}
