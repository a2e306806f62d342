import Foundation

// Writes a Swift file holding the given text files as string literals:
// EmbedFilesTool OUTPUT.swift FILE... (used by the EmbedFiles build plugin).

/// A raw multi-line string literal that reproduces `text` exactly.
func literal(_ text: String) -> String {
    var longestRun = 0
    var run = 0
    for character in text {
        run = character == "#" ? run + 1 : 0
        longestRun = max(longestRun, run)
    }
    let hashes = String(repeating: "#", count: longestRun + 1)
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedFilesTool OUTPUT.swift FILE...\n".utf8))
    exit(2)
}
var entries: [String] = []
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("EmbedFilesTool: cannot read \(path) as UTF-8 text\n".utf8))
        exit(1)
    }
    let url = URL(fileURLWithPath: path)
    let key = url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
    entries.append("        \"\(key)\": \(literal(text.replacingOccurrences(of: "\r\n", with: "\n"))),")
}
let source = """
    // Generated at build time by the EmbedFiles plugin; do not edit.
    extension BuiltInFiles {
        package static let files: [String: String] = [
    \(entries.joined(separator: "\n"))
        ]
    }

    """
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("EmbedFilesTool: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
