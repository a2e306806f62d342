import Foundation

/// A private temporary folder for one test, removed with everything in it when the test's
/// last reference goes away.
public final class TemporaryFolder: Sendable {
    public let path: String

    public init(_ label: String) {
        path = NSTemporaryDirectory() + "ringback-\(label)-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
