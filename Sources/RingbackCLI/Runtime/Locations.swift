import Foundation
import RingbackPostgres

/// Where Ringback's files live, following the XDG base directories.
enum Locations {
    /// `--store`, else `RINGBACK_STORE`, else the `store` in config.toml, else
    /// `$XDG_DATA_HOME/ringback/store.json`. A `postgres://` URL is kept as it is.
    static func store(flag: String?, environment: [String: String], config: LocalConfig? = nil) -> String {
        if let flag, !flag.isEmpty { return absolute(flag) }
        if let variable = environment["RINGBACK_STORE"], !variable.isEmpty { return absolute(variable) }
        if let configured = config?.store, !configured.isEmpty { return absolute(configured) }
        return dataHome(environment) + "/ringback/store.json"
    }

    /// The demo store, kept apart from the user's own.
    static func demoStore(environment: [String: String]) -> String {
        dataHome(environment) + "/ringback/demo.json"
    }

    /// The shell's history: `$XDG_STATE_HOME/ringback/history` (~/.local/state if unset).
    static func historyFile(environment: [String: String]) -> String {
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/ringback/history"
    }

    static func dataHome(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    }

    /// `$XDG_CONFIG_HOME/ringback` (~/.config/ringback if unset).
    static func configHome(environment: [String: String]) -> String {
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return config + "/ringback"
    }

    /// Where the user's own content files override the built-in ones.
    static func contentOverrides(environment: [String: String]) -> String {
        configHome(environment: environment) + "/content"
    }

    private static func absolute(_ path: String) -> String {
        // A URL stays as typed (a mistyped scheme is refused when the store is opened).
        if PostgresLocation.isURL(path) || path.contains("://") { return path }
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
    }
}
