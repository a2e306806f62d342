// libFuzzer entry point for the JSON store's files (built by scripts/readers.sh store fuzz).
// Structure-aware: an input is a real store's files, each after a NUL byte, in the order of
// scripts/readers/store-files.txt (named by FUZZ_STORE_FILES); libFuzzer mutates their bytes and boundaries. Every read a command makes, then
// `restore`, runs on them: a crash or hang is a finding, and so is an error that is not a
// StoreError (every failure must reach the user as one line naming the file).
import Foundation
import RingbackStore

let environment = ProcessInfo.processInfo.environment
let files = try! String(contentsOfFile: environment["FUZZ_STORE_FILES"]!, encoding: .utf8).split(separator: "\n").map(String.init)
let root = (environment["FUZZ_FOLDER"] ?? NSTemporaryDirectory()) + "/ringback-store-fuzz-\(getpid())"

func lay(_ parts: [Data]) {
    try? FileManager.default.removeItem(atPath: root)
    for name in files {
        let folder = (root + "/" + name as NSString).deletingLastPathComponent
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
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
