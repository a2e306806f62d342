import Foundation
import Testing

@testable import RingbackCLI

/// Issue #27: a long list is written in batches, byte for byte what one document would be.
struct OutputTests {
    struct Item: Encodable {
        var name: String
        var tags: [String]
        var next: Int?
    }

    @Test(arguments: [0, 1, 999, 1000, 2500])
    func aStreamedArrayIsTheSameDocument(count: Int) throws {
        let items = (0..<count).map {
            Item(name: "Contact \($0) \"quoted\"\nline", tags: $0 % 2 == 0 ? [] : ["a", "b"], next: $0 % 3 == 0 ? nil : $0)
        }
        var streamed = Data()
        var pieces = 0
        func write(_ data: Data) {
            streamed += data
            pieces += 1
        }
        func same(_ item: Item) -> Item { item }
        try Output.jsonArray(items, write: write, same)
        let whole = try Output.encoder().encode(items) + Data("\n".utf8)
        #expect(String(decoding: streamed, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
        #expect(pieces == (count + 999) / 1000 + 1)
    }
}
