/// The words and phrases the answer reader knows. Phrases are matched on whole words of the
/// normalized clause.
enum Lexicon {
    static let spelling: [String: String] = [
        "vm": "voicemail", "vmail": "voicemail", "lvm": "left voicemail", "lm": "left message", "msg": "message", "msgs": "messages",
        "pls": "please", "plz": "please", "u": "you", "ur": "your", "thru": "through", "tho": "though", "bc": "because",
        "cuz": "because", "cos": "because", "gonna": "going to", "wanna": "want to", "gotta": "got to", "im": "i'm", "ive": "i've",
        "hes": "he's", "shes": "she's", "theyre": "they're", "theyll": "they'll", "youll": "you'll", "dont": "don't", "didnt": "didn't",
        "doesnt": "doesn't", "wont": "won't",
        "cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't", "isnt": "isn't", "wasnt": "wasn't", "havent": "haven't",
        "convo": "conversation", "mtg": "meeting", "appt": "appointment", "f/u": "follow up", "fup": "follow up", "li": "linkedin",
        "txt": "text", "txted": "texted", "b4": "before", "2day": "today", "ooo": "out of office", "pto": "out of office",
        "recpt": "receptionist", "admin": "assistant", "ea": "assistant", "pa": "assistant", "thx": "thanks", "ty": "thanks",
        "n/a": "none", "nope": "no", "nah": "no", "yep": "yes", "yeah": "yes", "yup": "yes", "ok": "okay", "k": "okay",
        "linked-in": "linkedin", "e-mail": "email", "e-mailed": "emailed", "emaild": "emailed", "voice-mail": "voicemail",
        "talkd": "talked", "spoken": "spoke", "fwd": "forward", "thier": "their", "teh": "the", "recieved": "received", "tomoz": "tomorrow",
        "w": "with", "lft": "left",
        "pm'd": "messaged", "dm'd": "messaged",
        "dmd": "messaged",
        "inmailed": "messaged on linkedin", "inmail": "linkedin message", "inmail'd": "messaged on linkedin",
        "whatsapped": "texted on whatsapp", "whatsapp'd": "texted on whatsapp", "sms'd": "texted", "smsd": "texted",
    ]

    /// Contractions typed without an apostrophe that are also words ("ill", "shell", "well"):
    /// read as contractions only before a verb.
    static let bareContractions = [
        "ill": "i'll", "id": "i'd", "hell": "he'll", "shell": "she'll", "well": "we'll", "hed": "he'd", "shed": "she'd",
        "wed": "we'd", "itll": "it'll",
    ]
    static let verbsAfterContraction: Set<String> = [
        "send", "call", "ring", "try", "ping", "email", "text", "get", "be", "have", "need", "let", "think", "loop", "intro",
        "introduce", "pass", "review", "decide", "see", "know", "like", "love", "rather", "probably", "also", "just",
        "definitely", "circle", "follow", "reach", "touch", "check", "confirm", "sign", "look", "put", "make", "do", "hear",
        "talk", "speak", "meet", "come", "go", "wait", "keep", "set", "give", "take", "pick", "run", "mull", "sleep", "connect",
        "forward", "share", "update", "find", "figure", "ask", "tell", "want", "hop", "jump", "owe", "prepare", "draft",
        "write", "book", "schedule", "submit", "wire", "pay", "order", "start", "swing", "stop", "drop", "bring", "shoot",
        "never", "always", "def", "prob", "still", "only", "already", "said", "told", "chat", "grab",
        "upload", "fax", "scan", "mail", "pull", "gather", "collect", "finish", "fill", "return", "approve", "reply", "respond",
        "sort", "dig", "walk", "close", "lock", "price", "quote", "sit", "read", "hand",
    ]

    static let subjectWords: [String: Clause.Subject] = [
        "i": .me, "i'll": .me, "i'm": .me, "i've": .me, "i'd": .me,
        "we": .we, "we'll": .we, "we're": .we, "we've": .we, "let's": .we, "lets": .we,
        "she": .them, "she'll": .them, "she's": .them, "she'd": .them, "he": .them, "he'll": .them, "he's": .them, "he'd": .them,
        "they": .them, "they'll": .them, "they're": .them, "they'd": .them, "they've": .them,
    ]

    /// Nouns that stand for the contact when they open a clause: "recruiter will send...".
    static let contactNouns: Set<String> = [
        "client", "prospect", "candidate", "recruiter", "buyer", "customer", "cfo", "ceo", "vp", "investor", "founder", "donor",
        "board", "chair", "ed", "director", "hm", "hr", "owner", "seller", "sellers", "landlord", "tenant", "lender", "broker",
        "cto", "coo", "committee", "procurement", "legal", "vc", "angel", "fund", "associate", "partner", "realtor", "borrower",
        "applicant", "homeowner", "agent", "underwriter",
    ]

    /// Who may answer instead of the contact.
    static let gatekeeperNouns: Set<String> = [
        "assistant", "receptionist", "secretary", "gatekeeper", "colleague", "coworker", "co-worker", "switchboard", "operator",
    ]

    /// First words of a clause written in the user's note-taking style, without "I".
    static let actionStarts: Set<String> = [
        "send", "sending", "email", "emailing", "owe", "need", "got", "have", "must", "prepare", "preparing", "draft", "drafting",
        "write", "writing", "share", "sharing", "forward", "forwarding", "follow", "following", "put", "putting", "get", "getting",
        "schedule", "scheduling", "book", "booking", "call", "calling", "ring", "try", "ping", "text", "texting", "circle",
        "reach", "touch", "check", "promised",
    ]

    /// Past tense of reaching out, opening a clause without a subject: the user did it.
    static let userActs: Set<String> = ["pinged", "emailed", "texted", "messaged", "called", "rang", "dialed", "dialled", "tried"]

    /// First words that continue the previous clause's subject ("will send by dec 3"), or the
    /// user's when there is none.
    static let continuations: Set<String> = ["will", "gonna", "going", "to", "should", "would", "also", "then", "and"]

    static let weekdayNames: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday",
    ]
    static let monthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    // MARK: - Outcomes

    static let stop = [
        "no further contact", "no more contact", "take me off", "take him off", "take her off", "take them off", "off your list",
        "off the list", "off their list",
        "off our list", "stop calling", "stop emailing", "stop texting", "stop contacting", "stop reaching out", "don't call",
        "don't ever call", "don't ever contact", "don't ever email", "never contact me", "not to message", "not to text",
        "not to reach out", "stop messaging", "don't message", "don't text me",
        "do not call", "don't contact", "do not contact", "don't email", "never call", "remove me", "remove him", "remove her",
        "remove them", "unsubscribe", "unsubscribed", "leave me alone", "leave them alone", "leave her alone", "leave him alone",
        "asked me to stop", "told me to stop", "asked us to stop", "told us to stop", "not to call", "not to contact",
        "not to email", "no more calls", "no more emails", "not call again", "never contact", "do not reach out",
        "don't reach out", "stop bothering", "quit calling", "lose my number", "lose the number", "not contact her again",
        "not contact him again", "not contact them again", "asked to be removed", "wants to be removed", "opt out", "opted out",
        "do not call list", "don't call list", "taken off", "take us off", "off our mailing list", "off the mailing list",
        "off your mailing list", "removed from", "remove us", "stop sending", "stop messaging", "stop pinging", "stop following up",
        "stop writing", "stop mailing",
        // In person, and the text-message opt-out word.
        "stop coming by", "stop coming in", "stop coming around", "stop stopping by", "stop dropping by", "stop dropping in",
        "stop visiting", "stop showing up", "no more visits", "no more rep visits", "don't come by", "don't come back",
        "don't stop by", "don't drop by", "texted back stop", "replied stop", "replied with stop", "texted stop", "wrote back stop",
        "responded stop",
    ]

    /// A no for now, never a request to stop: "not interested right now", "budget freeze".
    static let softNo = [
        "not interested", "no interest", "not a fit", "not a good fit", "not the right time", "not right now", "not now",
        "pass for now", "passing for now", "hold off", "holding off", "not ready", "not looking", "no need", "passed for now",
        "put it on ice", "parked", "no budget", "budget frozen", "budget freeze", "not a priority", "bad timing", "on hold until",
        "put on hold", "it's on hold", "is on hold", "are on hold", "everything on hold", "timing's not right", "we're good for now",
        "we're all set for now", "good for now", "all set for now", "maybe later", "maybe next year", "not this year",
        "not this quarter", "too early", "revisit", "check back", "frozen",
        "timing is not right", "timing isn't right", "not the right timing", "hiring freeze", "spending freeze",
        "headcount freeze", "still evaluating", "come back when", "pausing the", "too high rn",
        "too high right now",
        "tapped out", "too swamped", "off the market for now", "stay put for now", "staying put for now",
    ]

    static let decisionYes = [
        "we signed", "they signed", "she signed", "he signed", "signed the contract", "signed the deal", "signed up", "closed the deal",
        "closed it", "deal closed", "won the deal", "we won", "said yes", "accepted the offer",
        "got the job", "got the offer", "offered me the job", "made me an offer", "extended an offer", "they bought", "bought it",
        "placed the order", "placed an order", "approved the budget", "green light", "greenlit", "verbal yes", "agreed to buy",
        "going ahead", "moving forward with us", "hired me", "it's a yes", "count us in", "count me in", "picked us", "chose us",
        "selected us", "went with us", "going with us", "got the contract", "got the deal", "won the contract", "offer accepted",
        "accepted my offer", "accepted our offer", "accepted our proposal", "accepted the proposal", "in for a pilot",
        "agreed to a pilot", "yes to a pilot", "signed on", "on board", "offered me the role", "offered me the position",
        "offered me the job", "got an offer", "got the role", "landed the job", "landed the role", "signed the", "signed our",
        "signed my", "signed a", "signed an", "countersigned", "signing the", "signed contract back", "i accepted",
        "accepted it", "verbal offer", "written offer", "had the offer", "policy is bound", "policy bound", "bound the policy",
        "premium paid", "retainer renewed", "renewed with us", "renewed our",
        "staying with us", "sticking with us", "stay with us", "picking us", "picked our", "list with us", "move forward with",
        "moving forward with", "want to move forward", "wants to move forward", "pledged", "committed to buy", "it's a go",
        "we're a go", "deal is done", "deal done", "closed won", "approved the quote", "approved the proposal", "approved our",
        "renewed her pledge", "renewed his pledge", "renewed the pledge", "renewed their pledge", "yes from", "got a yes",
        "gave us the green light", "offered me the", "financing got approved", "financing approved", "financing went through",
        "loan got approved", "loan approved", "awarded us", "they booked us for", "signed sow", "came back signed", "to our product",
        "switching to us", "expanding to", "adding seats",
        "got the bid", "won the bid", "we got the job", "renewed the retainer", "renewed for another", "signing up for the",
        "i said yes", "awarded it to us", "awarded to us", "awarded the job to us", "awarded the contract to us",
    ]

    static let decisionNo = [
        // "my brother-in-law does our insurance", "they matched it, so we're staying put".
        "does our insurance", "does their insurance", "handles our insurance", "handles their insurance", "already have an agent",
        "already has an agent", "already have a broker", "already has a broker", "sticking with their",
        "sticking with our", "stick with their", "stick with our",
        "went with a competitor", "went with another", "went with someone else", "went another way", "went in another direction",
        "chose another", "chose a competitor", "picked another", "picked a competitor", "decided not to", "decided against",
        "not moving forward", "won't be moving forward", "will not be moving forward", "not going forward",
        "lost the deal", "we lost", "rejected", "turned us down", "turned me down", "filled the role", "filled the position",
        "hired someone else", "hired somebody else", "went with an internal", "passed on us", "passed on me", "it's a no",
        "declined", "no go", "no-go", "dead deal", "deal is dead", "killed the project", "not selected", "didn't get the job",
        "didn't get it", "position was filled", "position is filled", "chose another candidate", "moving forward with other",
        "go with the incumbent", "going with the incumbent", "stay with the incumbent", "staying with their current",
        "sticking with", "didn't get the role", "didn't get the position", "didn't get the offer", "rejected me",
        "rejected us", "decided to go with another", "went with the incumbent", "going with a bigger", "going with a cheaper",
        "going with another", "going with someone else", "going with a different", "going with a competitor", "went with a bigger",
        "went with a cheaper", "went with a different", "role was filled", "role has been filled", "role is filled",
        "position has been filled", "filled it internally", "filled internally", "building it themselves", "build it themselves",
        "building it in-house", "building it in house", "build it in-house", "build it in house", "doing it in-house",
        "doing it themselves", "do it themselves", "they're passing", "theyre passing", "decided to pass", "gonna pass", "going to pass",
        "we're out", "not for us", "hard pass", "not buying", "won't be buying",
        "not going ahead", "not proceeding", "won't proceed", "no longer interested", "lost it to", "lost out to", "we lost to",
        "rejection email", "rejection letter", "got a rejection", "rejection from", "lost the rfp", "lost the bid", "lost the account",
        "lost the client", "lost the renewal",
        "lost the tender", "lost the sale", "lost the listing", "lost the pitch", "lost the business", "lost it", "lost this one",
        "filled it", "been filled", "was filled", "got filled", "filled with",
        "withdrawing", "withdrew", "pulled out", "took a counter", "took another offer", "took the other", "taking the other",
        "turned down", "we already have a", "we already have an", "they already have a", "already have someone", "don't need this",
        "don't need it", "don't need us", "we're fine",
        "found a place", "found someone", "found another", "built their own", "build their own", "building their own",
        "no need for us", "no need for our", "fund passed", "they passed", "investor passed", "vc passed", "partner passed",
        "passed on it", "passed on the deal", "self insuring", "self-insuring", "not a fit for us anymore", "other candidates",
        "went with the other", "killed the", "killed it", "pulled the plug", "project's dead", "project is dead", "deal's dead",
        "chose a different", "chose the other", "picked a different",
        "another direction", "didn't make the cut", "not make the cut", "not making the cut",
    ]

    /// Choosing words: with another party after them ("signed with a competitor", "went with
    /// hubspot instead") they are a no, never a yes.
    static let choosing = [
        "signed", "went with", "going with", "go with", "gone with", "chose", "choosing", "picked", "selected", "hired",
        "opted", "awarded", "bought", "buying", "moving forward with", "moved forward with", "went ahead with", "staying with",
        "stay with", "sticking with", "accepted", "renewed with", "switched to", "switching to", "building", "build",
    ]

    /// Another party than the user: a competitor, someone else, themselves.
    static let otherParty = [
        "competitor", "competition", "someone else", "somebody else", "another vendor", "another agency", "another agent",
        "another firm", "another broker", "another company", "another provider", "another candidate", "another option",
        "another recruiter", "another insurer", "another carrier", "another realtor", "another consultant", "other vendor",
        "other agency", "other agent", "other candidate", "other firm", "other guys", "other team", "instead", "elsewhere",
        "the incumbent", "their current", "current provider", "current vendor", "in-house", "in house", "internally",
        "themselves", "internal candidate", "internal hire", "an internal", "other dealer", "other installer", "other venue",
        "other lender", "other place", "other shop", "different venue", "different vendor", "different company", "different firm",
    ]

    /// Words that make a "not now" final: "not a fit for us, ever".
    static let finality = ["ever", "never", "at all", "for good", "permanently", "final", "definitely not", "period"]

    static let gatekeeper = [
        "gatekeeper", "gate keeper", "assistant", "receptionist", "secretary", "front desk", "switchboard", "operator",
        "wouldn't put me through", "would not put me through", "didn't put me through", "couldn't get through",
        "could not get through", "couldn't get past", "couldn't get past the", "got blocked", "screened", "colleague answered",
        "colleague picked up", "someone else answered", "someone else picked up", "her office said", "his office said",
        "office said", "team said", "coworker said", "co-worker said", "colleague said", "office manager", "her team said",
        "his team said", "their team said",
    ]

    /// Words that say the user was there in person: a gatekeeper met at the desk, not on the phone.
    static let inPerson = [
        "stopped by", "stopped in", "dropped by", "dropped in", "dropped off", "popped in", "popped into", "walked in", "swung by",
        "visited", "in person", "at their office", "at his office", "at her office", "at the office", "showed up",
    ]

    static let voicemail = [
        "voicemail", "voice mail", "left a message", "left message", "left a msg", "left him a message", "left her a message",
        "left them a message", "answering machine", "left a voicemail", "went to voicemail", "straight to voicemail",
        "left voicemail", "left a vm",
    ]

    /// A voicemail that could not be left is no answer.
    static let voicemailFailed = [
        "box full", "box is full", "box was full", "didn't leave one", "didn't bother leaving", "couldn't leave", "could not leave",
        "unable to leave", "no way to leave",
        "voicemail not set up", "voicemail isn't set up", "no voicemail", "couldn't leave a message", "could not leave a message",
        "couldn't leave a voicemail", "couldn't leave a vm", "mailbox full", "mailbox is full", "mailbox was full", "full mailbox",
        "voicemail full", "voicemail is full", "voicemail was full", "voicemail box is full", "didn't leave", "did not leave",
        "left no", "without leaving", "never left", "no message left", "didn't leave a message", "no msg",
    ]

    /// A voicemail mentioned as earlier history: "sent a follow up email after the voicemail".
    static let voicemailBefore = ["after the voicemail", "after my voicemail", "after the vm", "after my vm", "since the voicemail"]

    static let noAnswer = [
        "no answer", "didn't answer", "did not answer", "didn't pick up", "did not pick up", "no one picked up",
        "nobody picked up", "nobody answered", "no one answered", "rang out", "no pickup", "no pick up", "no response",
        "went nowhere", "busy signal", "line was busy", "didn't get through", "didn't reach", "couldn't reach", "could not reach",
        "no luck", "no reply", "hasn't replied", "hasn't responded", "haven't heard", "still nothing", "ghosted", "no callback",
        "no call back", "didn't respond", "not picking up", "wasn't picking up", "didn't connect", "missed her", "missed him",
        "missed them", "not answering", "rang and rang", "kept ringing", "just rang", "nothing back", "nobody home",
        "no one home", "nobody there", "no one there", "phone is off", "phone was off", "phone off", "never showed", "didn't show",
        "no show", "no-show", "stood me up", "didn't join", "never joined", "never picks up", "never answers", "nobody picks up",
        "no one picks up", "nobody ever picks up", "never picked up", "0 convos", "no convos", "zero convos", "0 conversations",
        "bounced", "disconnected", "wrong number", "out of service", "not in service", "number is dead",
    ]

    /// A message of theirs that was waiting for the user.
    /// A recording or an automatic answer speaking, not the person: "her greeting says she's
    /// back thursday", "his auto reply said he's out" ("ooo" is spelled out before this is
    /// read, so "she's ooo" alone is not one). What it "says" is no conversation.
    static let recorded = [
        "greeting", "outgoing message", "away message", "auto reply", "auto-reply", "autoreply", "auto response",
        "auto-response", "automatic reply", "out of office reply", "out of office message", "out of office response",
        "an out of office", "got out of office", "bounce back", "bounced back",
    ]

    /// The recordings that answer an email, not a call.
    static let automaticReply = [
        "auto reply", "auto-reply", "autoreply", "auto response", "auto-response", "automatic reply", "out of office reply",
        "out of office message", "out of office response", "an out of office", "got out of office", "bounce back", "bounced back",
    ]

    static let theirMessage = [
        "vm from", "voicemail from", "a message from", "missed call from", "missed a call from", "left me a voicemail",
        "left me a message", "left me a vm", "answered my", "responded to my", "replied to my",
    ]

    /// No-answer phrases that mean a phone call.
    static let phoneNoAnswer = [
        "no answer", "didn't answer", "did not answer", "pick up", "picked up", "pickup", "rang", "ringing", "busy signal",
        "line was busy", "no one answered", "nobody answered", "phone", "picks up", "voicemail", "answering", "dials", "dial",
        "disconnected", "wrong number", "out of service", "not in service",
    ]

    static let replied = [
        "emailed back", "emailed me back", "wrote back", "replied", "texted back", "texted me back", "called me back",
        "called back", "got back to me", "responded", "answered my email", "answered my text", "got a reply", "got a response",
        "heard back",
        "text back", "got a text back", "email back", "got an email back", "heard from", "got a message back",
        "confirmed receipt", "acknowledged",
        "returned my call", "returned the call", "messaged me back", "replied on linkedin", "got an email from",
    ]

    static let meeting = [
        "met", "meeting", "had coffee", "coffee with", "lunch with", "had lunch", "in person", "sat down with", "interview",
        "interviewed", "demo", "presentation", "presented", "onsite", "on-site", "site visit", "video call", "zoom", "teams call",
        "google meet", "coffee chat",
    ]

    /// Kinds of meeting that, named first in a clause, report one held: "final round done".
    static let meetingKinds = [
        "interview", "interveiw", "intreview", "final round", "2nd round", "second round", "first round", "1st round",
        "3rd round", "third round", "panel", "phone screen", "screen with", "screening", "onsite", "on-site", "meeting",
        "qbr", "pitch", "showing", "demo", "presentation", "walkthrough", "walk-through", "site visit", "tour", "kickoff",
        "kick-off", "workshop", "lunch", "coffee", "breakfast", "dinner", "drinks",
    ]

    /// Words that make a meeting a plan, not something that happened.
    static let planned = [
        "scheduled", "schedule", "booked", "book", "set up", "arranged", "planned", "next", "we're meeting", "let's", "will",
        "going to", "want", "wants", "for", "on", "at", "tomorrow", "after the", "before the", "until the",
    ]

    static let sent = [
        "sent", "emailed", "texted", "messaged", "dropped a note", "dropped her a note", "dropped him a note", "wrote to",
        "mailed", "sent a letter", "sent an email", "shot her an email", "shot him an email", "shot an email", "pinged",
        "linkedin message", "connection request", "inmail", "followed up by email", "followed up on linkedin", "dropped off",
        "shot her a text", "shot him a text", "shot them a text", "shot a text", "sent a text", "dropped her a text",
        "dropped him a text",
    ]

    static let connected = [
        "talked", "talk", "spoke", "speak", "chatted", "chat", "connected", "reached", "got through", "picked up", "answered",
        "had a call", "good call", "great call", "long call", "quick call", "short call", "conversation", "we discussed",
        "discussed", "told me", "she said", "he said", "they said", "caught", "got her", "got him", "got them", "on the phone",
        "call went", "the call", "said yes", "said no", "walked through", "went over", "hung up on me", "call dropped",
        "got cut off", "hung up", "off the phone", "on a call", "on the call",
    ]

    // MARK: - Channels

    static let channels: [(phrases: [String], channel: String)] = [
        (["linkedin", "inmail", "connection request", "connection req"], "linkedin"),
        (
            [
                "video call", "zoom", "teams call", "teams with", "on teams", "over teams", "google meet", "video", "facetime", "facetimed",
                "webex",
            ],
            "video"
        ),
        (
            [
                "in person", "coffee", "had lunch", "lunch with", "over lunch", "onsite", "on-site", "site visit", "their office",
                "at the office", "met", "stopped by", "stopped in", "dropped by", "popped in", "popped into", "swung by", "walked in",
                "sat down with", "on site", "toured", "showroom", "came in", "came by", "came into", "came back in", "in-service",
                "site survey", "home visit", "rep visit", "in-person", "test drove", "tasting", "walked the site", "walked the venue",
                "walked the space", "walked the building", "walked the property", "walked through the space", "walked 3 sites",
            ], "meeting"
        ),
        (["email", "emails", "emailed", "emailing", "e-mail", "inbox"], "email"),
        (["text", "texted", "texts", "sms", "whatsapp", "imessage"], "text"),
        (["letter", "card", "post", "postcard", "postcards", "handwritten", "in the mail"], "mail"),
        (
            [
                "call", "called", "calling", "phone", "rang", "ring", "voicemail", "dialed", "dialled", "picked up", "hung up", "dial",
                "dials",
            ], "call"
        ),
    ]

    // MARK: - Next contact, not before, promises

    /// Verbs that set a next contact when a date is near them: "call her thursday".
    static let nextVerbs = [
        "call", "ring", "try", "reach out", "follow up", "check in", "touch base", "catch up", "ping", "circle back", "reconnect",
        "speak", "talk", "meet", "chat", "connect", "call back", "phone", "get together", "next call", "next meeting",
        "follow-up", "followup", "demo", "review call", "agreed", "booked", "scheduled", "set up", "set a time", "set a call",
        "meeting", "appointment", "call me", "try me", "try again", "reach me", "call her", "call him", "call them", "back in touch",
        "regroup", "sync", "hop on", "jump on", "check back", "try her", "try him", "coffee", "book a call", "booked a call",
        "set a call", "schedule a call", "scheduled a call", "phone screen", "reach back out", "reach back", "get back in touch",
        "nudge", "nudge him", "nudge her", "nudge them", "bump the thread", "follow up with", "can you do", "could you do",
        "can i do", "could i do", "can we do", "could we do", "how about", "are you free", "you free", "does that work", "would that work",
    ]

    /// Words that make a clause a plan rather than what happened.
    static let futureMarkers = [
        "will", "i'll", "we'll", "she'll", "he'll", "they'll", "he'd", "she'd", "they'd", "going to", "gonna", "let's", "next", "to call",
        "to email",
        "to text", "to meet", "to talk", "want", "wants", "asked for", "asking for",
    ]

    /// "out till monday": a date before which there is no point.
    static let notBefore = [
        "out till", "out until", "out of office", "away till", "away until", "back on", "back in the office", "back from",
        "on vacation", "on holiday", "on leave", "not back", "returns on", "returns", "won't be back", "travelling until",
        "traveling until", "not before", "no earlier than", "not until", "back next", "is out", "she's out", "he's out",
        "trade show", "conference till", "conference until", "offsite", "off-site until", "vacation", "leave until", "leave till",
        "busy until", "busy till", "slammed until", "swamped until", "out on", "sabbatical", "parental leave", "maternity leave",
        "paternity leave", "trip til", "trip till", "trip until", "traveling til", "travelling til", "traveling till",
        "travelling till", "away til", "off til", "vacation til", "vacation till", "holiday til", "leave til", "pto til",
        "pto till", "pto until", "conference til", "wintering",
        "they're out", "off till", "off until", "in meetings until", "at a conference", "out sick", "away", "out of the office",
    ]

    /// A date after one of these is when they are back, once the clause before said they are away.
    static let backAgain = ["back", "returns", "return", "returning"]

    /// "back" as what someone does, not where they are: "call back next tuesday".
    static let backAsVerb = [
        "call back", "ring back", "circle back", "check back", "get back", "try back", "phone back", "reach back", "come back",
        "call me back", "call her back", "call him back", "call them back", "ring me back", "ring her back", "ring him back",
    ]

    /// Verbs that make a clause a promise: something one side will deliver.
    static let promiseVerbs = [
        "send", "sending", "sent over", "get back", "getting back", "check", "checking", "confirm", "confirming", "review",
        "reviewing", "talk to", "talking to", "run it by", "running it by", "share", "sharing", "forward", "forwarding", "owe",
        "owes", "put together", "putting together", "prepare", "preparing", "sign", "signing", "decide", "deciding",
        "let me know", "look into", "looking into", "look at", "looking at", "get me", "get you", "get the", "get her", "get him",
        "provide", "draft", "drafting", "write up", "writing up", "email over", "email me", "email her", "email him",
        "introduce", "intro", "loop in", "discuss with", "find out", "think about", "thinking about", "email the",
        "email a", "email my", "email you", "email an", "decide by", "feedback", "get it", "get them", "on the hook", "take a look",
        "getting me", "getting you", "getting us", "text me the", "text you the", "text us the", "text over",
        "look over", "go through",
        "figure out", "approve", "quote", "proposal", "pricing", "deck", "contract", "references", "case study", "follow up with",
        "update", "revise", "revised", "schedule", "book", "set up", "get approval", "get sign-off", "sort out", "pick by",
        "choose by", "select by", "announce", "make a decision", "make their decision", "make the call", "wire", "wiring",
        "intros", "make the intros", "make the intro", "make intros", "do the intros", "do the intro", "upload", "uploads",
        "uploading", "submit", "submits", "submitting", "fax", "faxes", "faxing",
    ]

    /// What a person says when they promise nothing in particular.
    static let vague = [
        "get back to me", "get back to us", "get back to you", "let me know", "let us know", "think about it", "think it over",
        "mull it over", "be in touch", "keep me posted", "circle back", "touch base", "reach out when", "when they're ready",
        "when she's ready", "when he's ready", "sometime", "some time", "at some point", "down the road", "eventually",
        "maybe later", "we'll see", "no promises", "not sure when", "will see", "keep in touch", "stay in touch",
        "in the future", "later", "keep me in mind", "keep us in mind", "mull it over", "sleep on it",
        "think on it", "noodle on it", "let me think", "ill call you", "i'll call you", "we'll call you",
        // Their own words, quoted, in the user's telling ("keep me posted" → "keep them posted").
        "let them know", "keep them posted", "keep them in mind", "keep them updated", "keep them in the loop",
    ]

    /// Words that cannot begin a referred name.
    static let notNames: Set<String> = [
        "her", "him", "them", "me", "us", "you", "my", "his", "their", "our", "your", "the", "a", "an", "someone", "somebody",
        "anyone", "boss", "manager", "team", "finance", "procurement", "legal", "it", "that", "this", "about", "again", "back",
        "later", "soon", "today", "tomorrow", "next", "on", "in", "at", "by", "with", "she", "he", "they", "i", "we", "whoever",
        "whom", "who", "people", "folks", "sales", "hr", "hiring", "purchasing", "ops", "operations", "marketing",
    ]
}
