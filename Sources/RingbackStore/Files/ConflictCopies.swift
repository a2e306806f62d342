import Foundation

/// The copies a sync tool makes of a file two machines changed at once (Dropbox's and
/// Nextcloud's "(… conflicted copy …)", Syncthing's ".sync-conflict-", ownCloud's
/// "_conflict-"): never read as part of the store, and named so the user can act on them.
enum ConflictCopies {
    static func isConflictCopy(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["conflicted copy", ".sync-conflict-", "_conflict-", "(conflict"].contains { lower.contains($0) }
    }

    /// Conflict copies of the store's own files: beside the store file and at the top of its
    /// folder, and, when `deep`, among the contact files and change records too.
    static func find(_ layout: StoreLayout, deep: Bool) -> [String] {
        let stem = ((layout.path as NSString).lastPathComponent as NSString).deletingPathExtension
        var found = names(in: layout.directory).filter { $0.hasPrefix(stem) }.map { layout.directory + "/" + $0 }
        var folders = [layout.folder]
        if deep { folders += [layout.contactsFolder, layout.changesFolder] }
        for folder in folders { found += names(in: folder).map { folder + "/" + $0 } }
        return found.sorted()
    }

    private static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter(isConflictCopy)
    }
}
