import Foundation

/// Where Ringback's files live, following the XDG base directories.
enum Locations {
    /// `--store`, else `RINGBACK_STORE`, else `$XDG_DATA_HOME/ringback/store.json`.
    static func store(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return absolute(flag) }
        if let variable = environment["RINGBACK_STORE"], !variable.isEmpty { return absolute(variable) }
        return dataHome(environment) + "/ringback/store.json"
    }

    /// The demo store, kept apart from the user's own.
    static func demoStore(environment: [String: String]) -> String {
        dataHome(environment) + "/ringback/demo.json"
    }

    /// The shell's history: `$XDG_STATE_HOME/ringback/history` (~/.local/state if unset).
    static func historyFile(environment: [String: String]) -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/ringback/history"
    }

    static func dataHome(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    }

    /// The folder holding `content/` and `data/`: `RINGBACK_HOME`, else the installed share
    /// folder beside the binary, else the source checkout the binary was built in.
    static func resources(environment: [String: String]) throws -> String {
        if let home = environment["RINGBACK_HOME"], !home.isEmpty { return home }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        var candidates = [executable.appendingPathComponent("../share/ringback").standardizedFileURL.path]
        var folder = executable
        for _ in 0..<6 {
            candidates.append(folder.path)
            folder.deleteLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath)
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/content/cadences.yaml") }) {
            return found
        }
        throw UserError("cannot find Ringback's content/ folder; set RINGBACK_HOME to the folder that holds it")
    }

    private static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
    }
}
