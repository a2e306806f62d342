/// The phrases that count for or against each criterion, matched on whole words (see
/// `ReplyChecker`). Grown from the graded corpus in Tests/RingbackCoachTests/Practice/Corpus.
enum Evidence {
    /// Blame and guilt: the other side is made to feel at fault.
    static let blame: Phrases = [
        "you never", "you didn't", "you haven't", "why haven't", "why didn't", "why won't", "finally", "ignoring", "ignored",
        "i've been waiting", "still waiting", "you said you would", "you promised", "you said that", "no response from you",
        "you keep", "you always", "what you said", "rude", "come on", "again and again", "how many times", "at last", "you could have",
        "could have at least", "the courtesy", "can't even", "did you even", "this time", "i've called you", "i've been trying",
        "heard nothing", "my third", "my fourth", "my fifth", "five times", "unprofessional", "last time", "if this mattered",
        "you'd make time", "you just have to", "not serious",
    ]
    /// Pressure and ultimatums: a deadline or a threat instead of an ask.
    static let pressure: Phrases = [
        "you need to", "you have to", "you must", "you'd better", "you really should", "decide today", "sign now",
        "right now", "last chance", "expires", "price goes up", "or else", "or the", "need an answer", "you'll lose", "making a mistake",
        "won't give you", "won't help you", "waste of", "before it's too late", "only good until",
        "answer me", "so hurry", "too late",
    ]
    /// Sarcasm and dismissal.
    static let sarcasm: Phrases = [
        "must be nice", "thanks for nothing", "your loss", "too busy for me", "i guess you're", "i noticed", "sure you are",
        "whatever", "anyone there", "wow", "glad you finally", "good luck with that",
    ]
    /// Goodwill: a thanks, an "of course", room to breathe.
    static let goodwill: Phrases = [
        "thank", "thanks", "thank you", "thx", "of course", "sure", "happy to", "glad", "great", "good", "makes sense",
        "understand", "understood", "totally", "no problem", "no worries", "appreciate", "fair", "love", "enjoyed", "absolutely",
        "no apology", "not at all", "hope", "all the best", "take care", "have a good", "smart", "sorry", "i get it",
        "i know the feeling", "no rush", "no pressure", "no hard feelings", "will do", "got it", "definitely", "let's do it",
        "happy", "pleasure", "nice", "i hear you", "fair enough", "kind", "welcome", "completely fine", "totally fine", "please", "could i",
        "may i", "would you",
        "would it be ok", "if that's ok", "if that's okay", "does that work", "does that suit", "would that work", "is that ok",
    ]
    /// Asking them to pick the time (the seeds' "if they can't, ask when is convenient").
    static let askToPick: Phrases = [
        "what day", "which day", "what time", "which time", "when works", "when would work", "when is good", "when's good",
        "when would be a good time", "when's a good time", "when is a good time", "when are you free", "when suits",
        "when would suit", "what suits", "when do you expect", "when do they expect", "when will they decide", "what's your timeline",
        "when should i expect", "when do you think",
        "what works for you", "what works best",
    ]
    /// A next action, by the trainee or asked of them.
    static let action: Phrases = [
        "i'll", "i will", "i'm going to", "i am going to", "let me", "i can", "i could", "i'd like to", "may i", "shall i",
        "should i", "could i", "can i", "if i", "could you", "can you", "would you", "please", "let me know", "call me back",
        "get back to me", "i'm sending", "i'm emailing", "emailing", "reply", "let's", "can we", "could we", "shall we",
        "i need to decide", "i'll release", "i'll hold", "i can hold",
    ]
    /// Making a no safe to say.
    static let easyNo: Phrases = [
        "fine to say no", "okay to say no", "ok to say no", "no is fine", "no is ok", "no is okay", "a no is", "say no",
        "won't hurt my feelings", "either way", "either is fine", "either answer", "not a fit", "not the right fit",
        "no longer interested", "if not no problem", "totally fine if", "completely fine", "totally fine", "tell me no",
        "just tell me", "that's fine too", "off your list", "no longer right", "no hard feelings", "no problem at all",
        "if it's a no", "if it's not for you", "if you've moved on", "go another way", "if not", "not for you",
    ]
    /// Ways to reach someone.
    static let channels: Phrases = [
        "call", "phone", "ring", "email", "e-mail", "mail", "text", "message", "zoom", "video", "teams", "meet", "coffee",
        "voicemail", "send", "email you", "text you", "call you", "drop by", "calendar invite", "invite", "emailing", "sent",
    ]
    /// Acknowledging a request to stop.
    static let acknowledge: Phrases = [
        "understood", "of course", "will do", "no problem", "sorry", "i'll stop", "i will stop", "won't call", "will not call",
        "take you off", "remove you", "thank you", "thanks", "i understand", "got it", "absolutely", "ok", "okay", "fine", "sure",
        "stop calling", "stop here",
    ]
    /// Still reaching for another contact after a no.
    static let recontact: Phrases = [
        "check back", "call you back", "try you again", "reach out", "follow up", "in case", "one last", "send you", "email you",
        "next quarter", "next year", "next month", "later", "could i", "can i",
    ]
    /// Period words that do not make a day specific ("next week", "in a few weeks").
    static let dayWords: Set<String> = [
        "today", "tonight", "tomorrow", "tmrw", "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "weds", "thursday",
        "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
    ]
    static let monthWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "first", "second", "third",
    ]
}

/// Phrases as typed in `Evidence`, with their words normalised once (as `Understanding.words`
/// reads a reply) and padded for whole-word matching.
struct Phrases: ExpressibleByArrayLiteral, Sendable {
    let typed: [String]
    let padded: [String]

    init(arrayLiteral phrases: String...) {
        typed = phrases
        padded = phrases.map { " " + Understanding.words($0).joined(separator: " ") + " " }
    }
}
