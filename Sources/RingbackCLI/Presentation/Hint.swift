/// Suggestions that name a command, worded for where the user is: the command line
/// (`ringback contacts`) or the shell (`contacts`, and `debrief` rather than `log`).
enum Hint {
    case logFirstCall
    case listContacts
    case listScenarios
    case practice
    case demo

    func text(inShell: Bool) -> String {
        let command = inShell ? "" : "ringback "
        switch self {
        case .logFirstCall:
            return inShell ? "Type `debrief` after your next call." : "Log a call with `ringback log NAME --outcome ...`."
        case .listContacts: return "`\(command)contacts` lists them"
        case .listScenarios: return "`\(command)practice --list` shows them"
        case .practice: return "try `\(command)practice`"
        case .demo: return "or try `\(command)demo`"
        }
    }
}
