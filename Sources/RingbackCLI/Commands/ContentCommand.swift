import ArgumentParser
import Foundation
import RingbackContent

/// `ringback content`: where the coaching content comes from, and `--export DIR` to start
/// your own from the built-in files.
struct ContentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "content",
        abstract: "Show which content files are built in or overridden, or export the built-in ones to edit.",
        discussion: """
            Ringback's prompts, cadences, scripts and practice scenarios are built into the binary.
            A file of the same name in $XDG_CONFIG_HOME/ringback/content/ (~/.config/ringback/content/)
            replaces the built-in one; it is validated on every run and a mistake is reported as file:line.
            Start from the built-in files: ringback content --export ~/.config/ringback/content
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp("Write the built-in content files into this folder (existing files are kept).", valueName: "dir"),
        completion: .directory)
    var export: String?

    struct FileState: Encodable {
        var file: String
        var source: String
        var path: String?
    }

    struct Report: Encodable {
        var overrides: String
        var files: [FileState]
        var ignored: [String]
    }

    struct Exported: Encodable {
        var folder: String
        var written: [String]
        var kept: [String]
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let overrides = Locations.contentOverrides(environment: environment)
        if let export { return try write(to: export, overrides: overrides) }
        let states = ContentLoader.files.map { name -> FileState in
            let path = overrides + "/" + name
            return FileManager.default.fileExists(atPath: path)
                ? FileState(file: name, source: "override", path: path) : FileState(file: name, source: "built-in", path: nil)
        }
        // Loading validates the overrides: a mistake ends here as `file:line: ...`.
        _ = try Session(global)
        let unknown = ContentLoader.unknownFiles(in: overrides)
        if global.json { return try Output.json(Report(overrides: overrides, files: states, ignored: unknown)) }
        Console.print("Content overrides: \(overrides)")
        for state in states { Console.print("  \(state.file): \(state.path.map { "override (\($0))" } ?? "built-in")") }
        for name in unknown { Console.print("  \(name): ignored, not a content file Ringback knows") }
        Console.print("All content is valid.")
    }

    private func write(to folder: String, overrides: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RequestError.file(path: folder, .folderUnwritable(error.localizedDescription))
        }
        var written: [String] = []
        var kept: [String] = []
        for (name, text) in ContentLoader.builtInTexts.sorted(by: { $0.key < $1.key }) {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) {
                kept.append(name)
                continue
            }
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw RequestError.file(path: path, .folderUnwritable("cannot write the file"))
            }
            written.append(name)
        }
        if global.json { return try Output.json(Exported(folder: folder, written: written, kept: kept)) }
        Console.print(
            "Wrote \(counted(written.count, "built-in content file")) to \(folder)\(written.isEmpty ? "" : ": " + written.joined(separator: ", "))."
        )
        if !kept.isEmpty { Console.print("Kept your existing \(kept.joined(separator: ", ")).") }
        Console.print("Edit them there; Ringback reads them instead of the built-in ones when they are in \(overrides).")
    }
}
