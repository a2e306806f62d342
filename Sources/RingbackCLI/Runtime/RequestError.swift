import Foundation
import RingbackContent
import RingbackCore
import RingbackInterchange

/// A mistake in what the user asked for (exit status 1), kept as data where it is found;
/// `description` is the one place it becomes words.
enum RequestError: Error, Equatable, CustomStringConvertible {
    /// A value outside a fixed set: "--outcome: 'x' is not an outcome; use one of: ...".
    case notOneOf(option: String, value: String, kind: String, choices: [String])
    /// A value of the wrong shape: "time-zone: 'x' is not a time zone name like Europe/Paris".
    case malformed(option: String, value: String, expected: String)
    /// An option used without the one it needs.
    case needs(option: String, other: String, why: String)
    /// Nothing to work on: "give some words: ...".
    case empty(example: String)
    /// A name that matches no contact, with the closest one when there is one.
    case noContact(name: String, closest: Contact?, hint: String)
    /// A touch the core refused (ambiguous name, a typo of an existing name, ...).
    case recording(RecordingError)
    /// A date option that is not a usable day.
    case date(option: String, DateProblem)
    /// No practice scenario by that name.
    case noScenario(String, hint: String)
    /// No setting by that name.
    case noSetting(String, suggestion: String?, keys: [String])
    /// A file that cannot be read or written, or holds the wrong thing.
    case file(path: String, FileProblem)
    /// Problems found in an input file, each `file:line: what`; nothing was changed.
    case rows([String])
    /// `--tagged TAG` where no contact has the tag.
    case nobodyTagged(String)
    /// A team feature asked of one's own JSON store.
    case needsTeamStore(String)
    /// A rep who owns no contact on the team store, with the reps who do.
    case noRep(String, reps: [String])
    /// `migrate` to a team store before the user has said their name: the contacts would be nobody's.
    case noOwner
    /// A `postgres://` store address that cannot be used (never echoed: it may hold a password).
    case storeURL(String)
    /// A backup restored into a store that already holds contacts.
    case notEmpty(path: String, contacts: Int)
    /// The demo would overwrite a store of the user's own.
    case storeInUse(path: String)
    /// The content files (built in or overridden) do not load.
    case content(ContentError)
    /// A new name another contact already has.
    case nameTaken(String)
    /// `add` for someone already on the list.
    case alreadyAContact(String)
    /// `done` for a contact the user owes nothing.
    case nothingOwed(String)
    /// `done` with words that match none of what the user owes.
    case noSuchTodo(String, owed: [String])
    /// Too little of a touch id to name one.
    case touchReference(String, hint: String)
    /// No touch has an id starting with that.
    case noTouch(String, hint: String)
    /// Several touches have ids starting with that.
    case ambiguousTouch(String, matches: [String])
    /// A correction the core refused.
    case correction(CorrectionError)
    /// `edit` with nothing to change.
    case nothingToEdit
    /// `forget` of someone who asked not to be contacted, without --force.
    case forgetStopped(String)
    /// `set` with no detail to set.
    case nothingToSet
    /// A touch's time that has not come yet.
    case touchAhead(described: String)
    /// A first word on the command line that names no command.
    case unknownCommand(String, suggestion: String?)

    /// Why a date option was refused.
    enum DateProblem: Equatable {
        case vague(word: String)
        case none(text: String)
        case past(described: String)
        /// Only part of the phrase was understood.
        case partlyRead(matched: String, echo: String, unused: String)
    }

    /// What went wrong with a file.
    enum FileProblem: Equatable {
        case unreadable
        case notText
        case notCSV(String)
        case noNameColumn
        case unwritable(String)
        case folderUnwritable(String)
        case invalid(String)
        /// Cannot be read, and why in words of its own ("no such file or folder").
        case cannotRead(String)
        case missing
    }

    var description: String {
        switch self {
        case let .notOneOf(option, value, kind, choices):
            return "\(option): '\(value)' is not \(kind); use one of: \(choices.joined(separator: ", "))"
        case let .malformed(option, value, expected): return "\(option): '\(value)' \(expected)"
        case let .needs(option, other, why): return "\(option) needs \(other)\(why)"
        case .empty(let example): return "give some words: \(example)"
        case let .noContact(name, closest, hint):
            if let closest { return "no contact matches '\(name)'; did you mean \(closest.label)?" }
            return "no contact matches '\(name)'; \(hint)"
        case .recording(let error): return Self.describe(error)
        case let .date(option, problem):
            switch problem {
            case .vague(let word): return "\(option): '\(word)' is not a day; which day? (e.g. thursday, in 2 weeks, dec 14 at 3pm)"
            case .none(let text): return "\(option): no date in '\(text)'; try thursday, in 2 weeks, dec 14 at 3pm or 2026-11-24T10:00"
            case .past(let described): return "\(option): \(described) is in the past"
            case let .partlyRead(matched, echo, unused):
                return
                    "\(option): I read '\(matched)' as \(echo) but not '\(unused)'; I'm not sure, so say it another way (e.g. thursday at 10, in 2 weeks, dec 14)"
            }
        case let .noScenario(name, hint): return "no scenario matches '\(name)'; \(hint)"
        case let .noSetting(key, suggestion, keys):
            return
                "no setting named '\(key)'\(suggestion.map { " (did you mean \($0)?)" } ?? ""); settings: \(keys.joined(separator: ", "))"
        case let .file(path, problem):
            switch problem {
            case .unreadable:
                var folder: ObjCBool = false
                if !FileManager.default.fileExists(atPath: path, isDirectory: &folder) { return "\(path): no such file" }
                return folder.boolValue ? "\(path) is a folder, not a file" : "cannot read \(path) (permission denied?)"
            case .notText: return "\(path): not UTF-8 text"
            case .notCSV(let why): return "\(path):1: cannot read this as CSV (\(why))"
            case .noNameColumn:
                return
                    "\(path):1: no header with a name column in the first \(ImportTable.preambleLimit) lines; expected Name, Full Name, "
                    + "Contact Name, Person - Name, or First Name + Last Name (or name a column: --map \"Column=name\")"
            case .unwritable(let why): return "--output: cannot write \(path): \(why)"
            case .folderUnwritable(let why): return "--export: cannot create \(path): \(why)"
            case .invalid(let why): return "\(path): not a valid file (\(why))"
            case .cannotRead(let why): return "\(path): \(why)"
            case .missing: return "this build has no \(path)"
            }
        case .nobodyTagged(let tag): return "no contact is tagged '\(tag)'; `ringback contacts --tag TAG` lists a tag's contacts"
        case .needsTeamStore(let what):
            return "\(what) works on a team store (--store postgres://USER@HOST/DB, or `ringback config store URL`)"
        case .noRep(let rep, let reps):
            let known = reps.isEmpty ? "no contact has an owner yet" : "the reps with contacts: \(reps.joined(separator: ", "))"
            return "no contact is \(rep)'s; \(known)"
        case .noOwner:
            return "migrate needs your name on the team first, so the contacts you bring are yours: `ringback config me NAME`; "
                + "nothing was copied"
        case .storeURL(let problem):
            return "--store: \(problem)"
        case .notEmpty(let path, let contacts):
            return
                "\(path) already holds \(counted(contacts, "contact")) or practice results; a backup is restored into an "
                + "empty store (--store NEW.json), nothing was changed"
        case .rows(let problems):
            return problems.joined(separator: "\n") + "\n\(counted(problems.count, "problem")); nothing was imported"
        case .storeInUse(let path):
            return "\(path) holds contacts of your own; the demo only fills an empty store or its own (omit --store)"
        case .content(let error): return "content error: \(error)"
        case .nameTaken(let label): return "\(label) already has that name; pick a different one"
        case .alreadyAContact(let label): return "\(label) is already a contact; `ringback set` changes their details"
        case .nothingOwed(let label): return "no open promise with \(label), either way; `ringback show` lists promises"
        case let .noSuchTodo(words, owed): return "no open promise matches '\(words)'; open: \(owed.joined(separator: "; "))"
        case let .touchReference(reference, hint):
            return "'\(reference)' is too short to name a touch: give at least \(TouchLookup.shortest) characters of its id; \(hint)"
        case let .noTouch(reference, hint): return "no touch has an id starting with '\(reference)'; \(hint)"
        case let .ambiguousTouch(reference, matches):
            return "'\(reference)' starts several touch ids: \(matches.prefix(6).joined(separator: ", ")); give more of the id"
        case .correction(let error):
            switch error {
            case .noTouch(let id): return "no touch \(id) in that history"
            case .stopRequest(let name):
                return
                    "whether \(name) asked to stop is not changed by a correction: `ringback stop` sets a stop, `ringback release --override-stop` lifts one"
            case .sameContact(let name): return "both names are \(name); merge two different contacts"
            }
        case .forgetStopped(let name):
            return "\(name) asked not to be contacted, and forgetting them would lose that;"
                + " --force forgets them anyway and keeps their name, email and phones so an import skips them"
        case .nothingToSet:
            return
                "nothing to change: give --company, --email, --phone, --prefers, --cadence, --every, --context, --time-zone, --tag or --untag"
                + " (an empty value clears one: --email \"\")"
        case .nothingToEdit: return "nothing to change: give --at, --channel, --outcome or --note (--note \"\" removes the note)"
        case .touchAhead(let described):
            return
                "--at: \(described) has not come yet; when did it happen? (e.g. yesterday at 3pm, 3 days ago, last friday, 2026-11-24T10:00)"
        case let .unknownCommand(word, suggestion):
            return "unknown command '\(word)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; `ringback --help` lists them")
        }
    }

    private static func describe(_ error: RecordingError) -> String {
        switch error {
        case .unusableName(let problem): return problem
        case .contactGone: return "that contact is no longer in the store"
        case let .ambiguous(name, candidates):
            return
                "'\(name)' matches several contacts: \(candidates.prefix(8).map(\.label).joined(separator: ", ")); type more of the name, or the name with its company as listed (\"Dana Ruiz (Acme)\")"
        case let .doNotContact(name, since, reason):
            let when =
                since.map { " on \(ISO8601DateFormatter.string(from: $0, timeZone: .current, formatOptions: [.withFullDate]))" } ?? ""
            return "\(name) asked not to be contacted\(when)\(reason.map { " (\($0))" } ?? ""); add --override-stop if they said otherwise"
        case let .lookalike(name, existing):
            return "no contact named '\(name)'; did you mean \(existing.label)? (add --new to create \(name))"
        }
    }
}

extension RequestError {
    /// A file problem from the interchange library, in the command line's words.
    init(_ error: InterchangeError) {
        switch error {
        case let .unreadable(path, reason): self = .file(path: path, .cannotRead(reason))
        case let .notCSV(path, detail): self = .file(path: path, .notCSV(detail))
        case .noNameColumn(let path): self = .file(path: path, .noNameColumn)
        case let .malformed(option, value, expected): self = .malformed(option: option, value: value, expected: expected)
        case let .notOneOf(option, value, kind, choices): self = .notOneOf(option: option, value: value, kind: kind, choices: choices)
        case .rows(let problems): self = .rows(problems)
        case let .notEmpty(path, contacts): self = .notEmpty(path: path, contacts: contacts)
        }
    }
}
