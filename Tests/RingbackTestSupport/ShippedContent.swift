import Foundation
import RingbackContent

/// The content in this repository's `content/` folder, loaded once for the tests.
public enum ShippedContent {
    /// The repository's `content/` folder.
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../content").standardizedFileURL.path

    public static let content = try! ContentLoader.load(directory: folder)
}
