import Foundation
import RingbackCore

#if canImport(Glibc)
    import Glibc
#endif

/// Undo and redo, many levels deep: each is itself a change (recorded, flushed, applied)
/// that swaps a kept record's before and after, checked against the files as they are.
extension FileStore {
    public func undo(indexer: Indexer?) throws -> UndoResult? {
        try reverse(indexer: indexer, redo: false)
    }

    public func redo(indexer: Indexer?) throws -> UndoResult? {
        try reverse(indexer: indexer, redo: true)
    }

    private func reverse(indexer: Indexer?, redo: Bool) throws -> UndoResult? {
        let lock = try lock(exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let manifest = try prepare()
        guard let step = redo ? manifest.redo.last : manifest.undo.last else { return nil }
        let kept = try readChange(step.generation)
        let (from, to) = redo ? (kept.before, kept.after) : (kept.after, kept.before)
        for id in kept.contactIDs {
            guard try readContact(id) != (from[id] ?? nil) else { continue }
            let name = ((from[id] ?? nil) ?? (to[id] ?? nil))?.contact.name ?? id
            throw StoreError.undoConflict(action: redo ? "redo" : "undo", summary: step.summary, contact: name)
        }
        var record = ChangeRecord(
            step: Self.step(manifest.generation + 1, summary: (redo ? "" : "undo of: ") + step.summary), before: from, after: to,
            settingsBefore: kept.settingsBefore.map { _ in manifest.settings },
            practiceBefore: redo ? kept.practiceBefore : kept.practiceAfter, practiceAfter: redo ? kept.practiceAfter : kept.practiceBefore,
            manifest: manifest)
        record.manifest.generation += 1
        if kept.settingsBefore != nil {
            record.manifest.settings = redo ? kept.manifest.settings : kept.settingsBefore!
        }
        if redo {
            record.manifest.redo.removeLast()
            record.step.summary = step.summary
            record.manifest.undo = Array((manifest.undo + [record.step]).suffix(Manifest.undoDepth))
        } else {
            record.manifest.undo.removeLast()
            record.manifest.redo.append(step)
        }
        try commit(record, previous: manifest, indexer: indexer)
        return UndoResult(step: step, fromElsewhere: step.session != getppid())
    }
}
