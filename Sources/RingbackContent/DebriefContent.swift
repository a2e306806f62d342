import RingbackCore
import Yams

/// What the coach says in a debrief (content/debrief.yaml): prompts by key, and reframes
/// for discouragement with the phrases that trigger them.
public struct DebriefContent: Equatable, Sendable {
    /// Every sentence the debrief says, by key (`prompts:` in the file).
    public enum Key: String, CaseIterable, Hashable, Sendable {
        case open
        case who
        case whoUnknown = "who-unknown"
        case whoStoryKept = "who-story-kept"
        case whoNeeded = "who-needed"
        case keptFromSentence = "kept-from-sentence"
        case keptInNote = "kept-in-note"
        case whoPick = "who-pick"
        case whoDidYouMean = "who-did-you-mean"
        case badName = "bad-name"
        case contactPicked = "contact-picked"
        case context
        case filedUnderSales = "filed-under-sales"
        case whatHappened = "what-happened"
        case whatClarify = "what-clarify"
        case whatMenu = "what-menu"
        case menuConnected = "menu-connected"
        case menuVoicemail = "menu-voicemail"
        case menuNoAnswer = "menu-no-answer"
        case menuGatekeeper = "menu-gatekeeper"
        case gatekeeperTip = "gatekeeper-tip"
        case menuReplied = "menu-replied"
        case menuMeetingHeld = "menu-meeting-held"
        case menuAskedToStop = "menu-asked-to-stop"
        case nextTime = "next-time"
        case proposeFrom = "propose-from"
        case proposeAfterDeadline = "propose-after-deadline"
        case proposalTaken = "proposal-taken"
        case beforeTheyAreBack = "before-they-are-back"
        case nextWhen = "next-when"
        case confirmWhen = "confirm-when"
        case outsideHours = "outside-hours"
        case dayOff = "day-off"
        case theirClock = "their-clock"
        case unknownChannel = "unknown-channel"
        case confirmPromise = "confirm-promise"
        case askCoaching = "ask-coaching"
        case askCoachingAfter = "ask-coaching-after"
        case theirTime = "their-time"
        case proposeStep = "propose-step"
        case pickDay = "pick-day"
        case plannedStep = "planned-step"
        case noPlannedStep = "no-planned-step"
        case theirPromise = "their-promise"
        case whatTheyPromised = "what-they-promised"
        case guidelines
        case guidelinesPraise = "guidelines-praise"
        case guidelinesLine = "guidelines-line"
        /// After "passing for now": when to try again, or nurture.
        case notNowWhen = "not-now-when"
        case nurtureTaken = "nurture-taken"
        case theyDelivered = "they-delivered"
        case theyDeliveredNoDay = "they-delivered-no-day"
        case theyDid = "they-did"
        case theyDidNoDay = "they-did-no-day"
        case deliveredHeard = "delivered-heard"
        case todoDue = "todo-due"
        case theirDue = "their-due"
        case confirmMyPromise = "confirm-my-promise"
        case undatedKept = "undated-kept"
        case undatedTheirs = "undated-theirs"
        case readingConfirm = "reading-confirm"
        case readingFix = "reading-fix"
        /// A correction in which nothing could be read to change.
        case correctionUnread = "correction-unread"
        case readTheStart = "read-the-start"
        case noSuchDay = "no-such-day"
        case partNoOutcome = "part-no-outcome"
        /// What happened, said to the user: "you talked", "you left a voicemail", "Dana replied".
        case saidConnected = "said-connected"
        case saidVoicemail = "said-voicemail"
        case saidNoAnswer = "said-no-answer"
        case saidGatekeeper = "said-gatekeeper"
        case saidSent = "said-sent"
        case saidReplied = "said-replied"
        case saidMeetingHeld = "said-meeting-held"
        case saidAskedToStop = "said-asked-to-stop"
        case partNext = "part-next"
        case partNotBefore = "part-not-before"
        case partRetry = "part-retry"
        case partYouOwe = "part-you-owe"
        case partTheyOwe = "part-they-owe"
        case partNoDay = "part-no-day"
        case partBy = "part-by"
        case partDecisionYes = "part-decision-yes"
        case partDecisionNo = "part-decision-no"
        case partSoftNo = "part-soft-no"
        case partReferral = "part-referral"
        case partReferralNext = "part-referral-next"
        case partPrefers = "part-prefers"
        case confirmDecisionYes = "confirm-decision-yes"
        case confirmDecisionNo = "confirm-decision-no"
        case confirmReferral = "confirm-referral"
        case summaryTodo = "summary-todo"
        case summaryTodoNoDay = "summary-todo-no-day"
        case summaryNotBefore = "summary-not-before"
        /// An agreed time that falls while they are away: dropped on saving.
        case summaryAgreedDropped = "summary-agreed-dropped"
        case summaryRetry = "summary-retry"
        case confirmRetry = "confirm-retry"
        case summaryRetryLater = "summary-retry-later"
        case summaryPlanned = "summary-planned"
        case summaryWon = "summary-won"
        case summaryLost = "summary-lost"
        case summaryNurture = "summary-nurture"
        case summaryReferral = "summary-referral"
        case summaryReferralNext = "summary-referral-next"
        case summaryDelivered = "summary-delivered"
        case summaryDone = "summary-done"
        case saidTheAsk = "said-the-ask"
        case askPraise = "ask-praise"
        case askMissing = "ask-missing"
        case pairedEmail = "paired-email"
        case noMessageEmail = "no-message-email"
        case acknowledge
        case twoOption = "two-option"
        case confirmStop = "confirm-stop"
        case stopKind = "stop-kind"
        case tidbit, channel
        case tidbitWhat = "tidbit-what"
        case summaryTitle = "summary-title"
        case summaryWho = "summary-who"
        case summaryNewContact = "summary-new-contact"
        case summaryNote = "summary-note"
        case summaryAgreed = "summary-agreed"
        case summaryPromise = "summary-promise"
        case summaryPromiseNoDay = "summary-promise-no-day"
        case summaryTidbit = "summary-tidbit"
        case summaryPrefers = "summary-prefers"
        case summaryCadence = "summary-cadence"
        case summaryStop = "summary-stop"
        case confirmSave = "confirm-save"
        case saveDeclined = "save-declined"
        case saved
        case notSaved = "not-saved"
        case savePartial = "save-partial"
        case answerDropped = "answer-dropped"
        case yesNo = "yes-no"
        case noDate = "no-date"
        case vagueDate = "vague-date"
        case pastDate = "past-date"
        case partlyRead = "partly-read"
    }

    public static let placeholders: Set<String> = [
        "name", "first", "when", "list", "script", "step", "count", "label", "problem", "who", "channel", "outcome", "note", "what",
        "context", "action", "technique", "cadence", "unused", "reading", "referral", "hours", "from", "due", "said", "zone",
    ]

    /// A reframe for a discouraged user.
    public struct Reframe: Equatable, Sendable {
        public var id: String
        /// Lower-case phrases that call for it.
        public var triggers: [String]
        public var text: String
        /// The contexts it is for; empty for all. One for the contact's context wins over a general one.
        public var contexts: [ContactContext] = []
    }

    public var prompts: Phrasebook<Key>
    public var reframes: [Reframe]

    /// Every phrase that triggers a reframe: what discouragement sounds like.
    public var triggers: [String] { reframes.flatMap(\.triggers) }

    /// The sentence for `key`, filled with `values`.
    public func say(_ key: Key, _ values: [String: String] = [:]) -> String {
        prompts.say(key, values)
    }

    static func parse(_ text: String, _ reader: YAMLReader) throws -> DebriefContent {
        let root = try reader.root(of: text)
        _ = try reader.entries(root, allowed: ["prompts", "reframes"], what: "debrief")
        let anchor = Node("debrief")
        let promptsNode = try reader.required(root, "prompts", in: "debrief", at: anchor)
        let prompts = try Phrasebook<Key>.parse(promptsNode, reader, what: "prompts", placeholders: placeholders)
        let reframesNode = try reader.required(root, "reframes", in: "debrief", at: anchor)
        var reframes: [Reframe] = []
        for node in try reader.sequence(reframesNode, what: "'reframes'") {
            let fields = try reader.mapping(node, what: "a reframe")
            _ = try reader.entries(fields, allowed: ["id", "when", "say", "for"], what: "a reframe")
            let id = try reader.string(try reader.required(fields, "id", in: "a reframe", at: node), what: "'id'")
            let whenNode = try reader.required(fields, "when", in: "reframe '\(id)'", at: node)
            let triggers = try reader.sequence(whenNode, what: "'when'").map { try reader.string($0, what: "a trigger").lowercased() }
            guard !triggers.isEmpty else { throw reader.fail(whenNode, "reframe '\(id)' needs at least one trigger") }
            let say = try reader.string(try reader.required(fields, "say", in: "reframe '\(id)'", at: node), what: "'say'")
            let contexts: [ContactContext] =
                try fields["for"].map { node in
                    try reader.sequence(node, what: "'for'").map { item -> ContactContext in
                        let name = try reader.string(item, what: "a context")
                        guard let context = ContactContext(rawValue: name) else {
                            throw reader.fail(item, "'\(name)' is not a context (sales, job-search, networking)")
                        }
                        return context
                    }
                } ?? []
            reframes.append(Reframe(id: id, triggers: triggers, text: say, contexts: contexts))
        }
        guard reframes.count >= 2 else { throw reader.fail(reframesNode, "at least two reframes are needed, so none repeats back to back") }
        return DebriefContent(prompts: prompts, reframes: reframes)
    }
}
