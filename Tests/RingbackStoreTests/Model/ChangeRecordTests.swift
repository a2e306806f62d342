import Foundation
import Testing

@testable import RingbackStore

/// A change record written one contact file at a time decodes to the same record.
struct ChangeRecordTests {
    @Test func aRecordWrittenPieceByPieceReadsBackTheSame() throws {
        let temp = TemporaryStore()
        try temp.log(1)
        try temp.log(2, contact: "sam")
        try temp.log(3)
        for generation in 1...3 {
            let record = try temp.store.readChange(generation)
            let path = temp.folder + "/record-\(generation).json"
            try AtomicFile.replace(path, keepBackup: false) { fd, file in try record.write(to: fd, path: file) }
            let data = try #require(temp.bytes(path))
            #expect(try StoreCoding.decoder().decode(ChangeRecord.self, from: data) == record)
        }
        // The first change created Dana: her file before it is none, written as null.
        let first = try temp.store.readChange(1)
        #expect(first.before.values.contains { $0 == nil })
    }
}
