import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The store file (default: $RINGBACK_STORE, else $XDG_DATA_HOME/ringback/store.json).", valueName: "path"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Act as if it were this time (ISO 8601), for reproducible runs.", valueName: "iso8601"))
    var now: String?

    @Flag(name: .long, help: "Print machine-readable JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "On a team store: everyone's contacts, not only your own.")
    var team = false

    /// Set by the shell for the commands it runs, so hints name shell commands.
    @Flag(name: .customLong("in-shell"), help: .hidden)
    var inShell = false
}
