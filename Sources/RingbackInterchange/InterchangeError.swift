/// Why a file from another program (mail, a calendar, a CSV or vCard import, a backup) could
/// not be used; the command line words it.
public enum InterchangeError: Error, Equatable, Sendable {
    /// The file or folder cannot be read as what it should be.
    case unreadable(path: String, reason: String)
    case notCSV(path: String, detail: String)
    /// No column that names a person in the first rows.
    case noNameColumn(path: String)
    /// An option's value that cannot be used.
    case malformed(option: String, value: String, expected: String)
    case notOneOf(option: String, value: String, kind: String, choices: [String])
    /// The problems found, each with its file and line; nothing was imported.
    case rows([String])
    /// A backup goes into an empty store only.
    case notEmpty(path: String, contacts: Int)
}
