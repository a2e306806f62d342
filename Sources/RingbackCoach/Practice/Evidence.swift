/// The phrases that count for or against each criterion, matched on whole words (see
/// `ReplyChecker`). Grown from the graded corpus in Tests/RingbackCoachTests/Practice/Corpus.
enum Evidence {
    /// Blame and guilt: the other side is made to feel at fault.
    static let blame: Phrases = [
        "you never", "you didn't", "you haven't", "why haven't", "why didn't", "why won't", "finally", "ignoring", "ignored",
        "i've been waiting", "still waiting", "you said you would", "you promised", "you said that", "no response from you",
        "you keep", "you always", "what you said", "rude", "come on", "again and again", "how many times", "at last", "you could have",
        "could have at least", "the courtesy", "can't even", "did you even", "this time", "i've called you", "i've been trying to",
        "been trying for",
        "heard nothing", "my third", "my fourth", "my fifth", "five times", "unprofessional", "last time", "if this mattered",
        "you'd make time", "you just have to", "not serious",
        // Guilt: their seriousness questioned, the chasing counted, a disappointment named.
        "you're serious", "you are serious", "keep chasing", "can't keep", "avoiding me", "five calls", "four calls", "three calls",
        "calls now", "thought we had", "disappointing not to", "disappointed not to", "bit disappointing", "not to hear back",
        "never got a reply", "never heard back",
        "emails already", "already sent you", "already emailed", "i was counting on", "you said it's", "you said it was",
        "time i've tried", "times i've tried", "time i've called", "times i've called", "talked twice already",
    ]
    /// Pressure and ultimatums: a deadline or a threat instead of an ask.
    static let pressure: Phrases = [
        "you need to", "you have to", "you must", "you'd better", "you really should", "decide today", "sign now",
        "sign right now", "decide right now", "right now or", "last chance", "expires", "price goes up", "or else", "or the",
        "need an answer", "you'll lose", "making a mistake",
        "won't give you", "won't help you", "waste of", "before it's too late", "only good until",
        "answer me", "so hurry", "too late",
        // Invented urgency: an offer that ends, a calendar that fills.
        "only good through", "only valid", "valid until", "sooner really is better", "sooner is better", "won't last",
        "limited time", "filling up", "books up", "book up", "going up", "goes up", "while it lasts",
        "why not now", "get it done today", "let's just get it done",
        // Demanding an answer or a favour on the trainee's clock.
        "need to know by", "need to know whether", "need to know if", "i'll need to know", "i'll need it", "need it done",
        "need it by", "needs to call me", "need a yes", "yes or no by", "push them along", "push them",
        "need a decision", "a straight answer", "give me an answer", "confirm you'll actually", "actually going to",
        "rates go up", "prices go up", "the sooner the better", "sooner we talk", "only holds", "holds through", "gets wiped",
        "unless we speak", "right away", "asap",
        // Contact they did not ask for: calls stacked up, a meeting booked for them.
        "and again on", "and again wednesday", "just to stay on your radar", "make sure it landed", "make sure we definitely",
        "definitely connect", "keep trying until", "gone ahead and booked", "already booked us", "please accept it", "just accept it",
        "put a demo on",
        // Presumed: a meeting booked or an invite sent that they did not agree to.
        "book us in", "i'll book us", "put us down for", "just sent you an invite", "i've just sent you", "already sent you an invite",
        "in her diary", "in his diary", "go ahead and send a calendar invite", "go ahead and send you a calendar invite",
        // Urgency and demands in more words: an offer that vanishes, an answer wanted today.
        "disappears at", "at midnight", "need to know today", "still offer you", "reply by end of day",
        "let it sit in", "you were serious", "thought you were serious", "i'm sure you'll let me know by", "i'm sure i'll hear from you",
        // A favour asked at once of someone who offered only to stay in touch.
        "are you hiring", "send my cv to", "pass my cv", "forward my cv",
    ]
    /// Pushing past a no: probing the other offer, promising to beat it, asking for "a minute"
    /// after being told no, insisting on what they declined.
    static let pushPastNo: Phrases = [
        "what they're charging", "what are they charging", "what they charged", "what did they offer", "what they offered",
        "what they're offering", "who did you go with", "who got it", "who did you pick", "what they had", "what did they have",
        "beat it", "beat their", "beat that", "match their", "match it", "match the price", "undercut", "better deal",
        "just give me", "give me one minute", "hear me out", "one more chance", "reconsider", "change your mind",
        "i'd really rather", "i'd rather just", "honestly i'd rather", "rather set up a call",
        "are they sure", "one more proposal", "come in lower", "a bit lower", "who won it", "at what number", "what number",
        "which provider", "who are you with", "doesn't make it through", "call me first", "before you sign",
    ]
    /// Sarcasm and dismissal.
    static let sarcasm: Phrases = [
        "must be nice", "thanks for nothing", "your loss", "too busy for me", "i guess you're", "i noticed", "sure you are",
        "whatever you say", "ok whatever", "fine whatever", "whatever works", "whatever then", "anyone there", "wow", "glad you finally",
        "good luck with that",
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
        "cheers", "best regards", "kind regards", "warm regards", "likewise", "i know how it goes", "don't want to be a pest", "i get that",
    ]
    /// Asking them to pick the time (the seeds' "if they can't, ask when is convenient").
    static let askToPick: Phrases = [
        "what day", "which day", "what time", "which time", "when works", "when would work", "when is good", "when's good",
        "when would be a good time", "when's a good time", "when is a good time", "when are you free", "when suits",
        "when would suit", "what suits", "when do you expect", "when do they expect", "when will they decide", "what's your timeline",
        "when should i expect", "when do you think",
        "what works for you", "what works best",
        "a good day", "good day to", "which days", "what days", "give me a day", "name a day", "pick a day", "pick a time",
        "a couple of times", "a few times", "some times that", "a few slots", "a couple of slots", "booking link",
        "tell me a day", "a day that works", "what the timeline", "timeline for a decision", "reply with whatever",
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
        "decide against", "no longer looking", "a one-word reply", "one word reply", "one-word answer", "a no helps",
        "no helps me", "just as helpful", "a fine answer", "just say so", "no is a fine", "if the answer is no",
    ]
    /// Ways to reach someone.
    static let channels: Phrases = [
        "call", "phone", "ring", "email", "e-mail", "mail", "text", "message", "zoom", "video", "teams", "meet", "coffee",
        "voicemail", "send", "email you", "text you", "call you", "drop by", "calendar invite", "invite", "emailing", "sent",
        "lunch", "breakfast", "in person", "a drink", "drinks", "my office", "your office", "cafe", "café",
    ]
    /// What the other side says when they turn the phone down ("I don't take calls, just email me").
    static let callRefused: Phrases = [
        "don't take calls", "dont take calls", "no calls", "don't call", "dont call", "do not call", "stop calling", "just email",
        "email me instead", "email only", "not by phone", "prefer email", "rather you emailed",
    ]
    /// Reaching for the phone anyway: a call, a ring, their mobile, a text.
    static let callReach: Phrases = [
        "call you", "give you a ring", "ring you", "phone you", "call instead", "quick call", "a ring", "your mobile",
        "your cell", "your number", "text you", "buzz you", "hop on the phone", "on the phone", "talk live", "time to call",
    ]
    /// Words that turn a reach for the phone into its opposite ("no more calls", "I won't call").
    static let notReaching: Set<String> = ["no", "not", "won't", "never", "without", "of", "don't", "wont", "dont"]

    /// Acknowledging a request to stop.
    static let acknowledge: Phrases = [
        "understood", "of course", "will do", "no problem", "sorry", "i'll stop", "i will stop", "won't call", "will not call",
        "take you off", "remove you", "thank you", "thanks", "i understand", "got it", "absolutely", "ok", "okay", "fine", "sure",
        "stop calling", "stop here",
    ]
    /// Saying the contact stops.
    static let stopping: Phrases = [
        "take you off", "off my list", "remove you", "won't call", "will not call", "won't contact", "stop calling", "i'll stop",
    ]
    /// Still reaching for another contact after a no.
    static let recontact: Phrases = [
        "check back", "call you back", "try you again", "reach out", "follow up", "in case", "one last", "send you", "email you",
        "next quarter", "next year", "next month", "later", "could i", "can i",
        "instead", "switch to", "explain", "a minute", "one minute", "though",
    ]
    /// A slot offered that the other side may move: one concrete time is then a choice too.
    static let movable: Phrases = [
        "move it", "you can move", "bump me", "bump it", "reschedule", "if it doesn't work", "if that doesn't work",
        "if that's bad", "if it's bad", "if that clashes", "if it clashes", "pick another", "any time you like",
        "suggest another", "swap it", "whatever time", "whatever slot", "in control of when", "or name", "or suggest", "or pick",
    ]
    /// A fallback after asking them to pick: two ways forward.
    static let fallback: Phrases = [
        "if nothing", "if not", "otherwise", "failing that", "if you'd rather", "or i'll", "or i can", "i'll nudge you",
        "if i haven't heard", "if i havent heard", "if i havent seen", "if i haven't seen",
    ]
    /// Time frames that say when, short of a day ("this week", "within the hour").
    static let timeFrames: Phrases = [
        "this week", "next week", "end of the week", "end of this week", "early next week", "in a few days", "within the hour",
        "within a day", "this afternoon", "this morning", "tonight", "shortly", "by the end of",
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
