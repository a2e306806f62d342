// libFuzzer entry point for the JSON store's files (built by scripts/readers.sh store fuzz).
// Structure-aware: an input is a real store's files, each after a NUL byte, in the order of
// `files`; libFuzzer mutates their bytes and boundaries. Every read a command makes, then
// `restore`, runs on them: a crash or hang is a finding, and so is an error that is not a
// StoreError (every failure must reach the user as one line naming the file).
import Foundation
import RingbackStore

let files = [
    "store.json", "store.d/contacts/dana-ruiz.json", "store.d/contacts/sam-lee.json", "store.d/changes/3.json",
    "store.d/changes/4.json", "store.d/practice.json", "store.d/index/directory.tsv", "store.d/index/directory.tsv.delta",
    "store.d/index/activity.tsv", "store.d/index/figures.tsv", "store.json.bak",
]
let root = (ProcessInfo.processInfo.environment["FUZZ_FOLDER"] ?? NSTemporaryDirectory()) + "/ringback-store-fuzz-\(getpid())"

func lay(_ parts: [Data]) {
    try? FileManager.default.removeItem(atPath: root)
    for folder in ["store.d/contacts", "store.d/changes", "store.d/index"] {
        try! FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    for (name, data) in zip(files, parts) where !data.isEmpty {
        _ = FileManager.default.createFile(atPath: root + "/" + name, contents: data)
    }
}

func expectStoreError(_ body: () throws -> Void) {
    do { try body() } catch is StoreError {} catch { preconditionFailure("not a StoreError: \(error)") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Data(UnsafeRawBufferPointer(start: start, count: count))
    lay(bytes.split(separator: 0, omittingEmptySubsequences: false).dropFirst().map { Data($0) })
    let store = FileStore(path: root + "/store.json", lockTimeout: 1, waiting: { _ in })
    for _ in 0..<2 {
        expectStoreError { _ = try store.settings() }
        expectStoreError { _ = try store.directory() }
        expectStoreError { _ = try store.everyone() }
        expectStoreError { _ = try store.candidates(for: "dana") }
        expectStoreError { _ = try store.allContacts() }
        expectStoreError { _ = try store.activity(since: nil) }
        expectStoreError { _ = try store.figures() }
        expectStoreError { _ = try store.practice() }
        expectStoreError { _ = try store.history() }
        _ = store.conflictCopies(deep: true)
        // The second round reads what restore left.
        expectStoreError { _ = try store.restore(indexer: nil) }
    }
    return 0
}
