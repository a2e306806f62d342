import Foundation

/// What recording a touch did: the contact as it now is, whether it was created, the touch
/// written, and anything the user should be told.
public struct RecordedTouch: Equatable, Sendable {
    public var contact: Contact
    public var created: Bool
    public var touch: Touch
    public var warnings: [RecordingWarning]
    /// The person they referred the user to, when one was added.
    public var referred: Contact?
}

/// Something worth telling the user about a touch that was recorded anyway.
public enum RecordingWarning: Equatable, Sendable {
    /// The contact asked not to be contacted: the touch is in the history, nothing is scheduled.
    case doNotContact(since: Date?, reason: String?)
    /// The person they referred the user to is already a contact: nothing was added.
    case referralKnown(Contact)
}

/// Why a touch could not be recorded.
public enum RecordingError: Error, Equatable, Sendable {
    /// The name cannot name a contact (`ContactName.problem`).
    case unusableName(String)
    /// A contact picked earlier (by id) is gone: another process removed it.
    case contactGone(id: String)
    /// They asked not to be contacted; the entry's rule is to refuse.
    case doNotContact(name: String, since: Date?, reason: String?)
    /// The name matches several contacts.
    case ambiguous(name: String, candidates: [Contact])
    /// No contact has this name, but one has a name a typo away: creating would make a duplicate.
    case lookalike(name: String, existing: Contact)
}

extension TouchEntry {
    /// Records the touch in `book`: finds or creates the contact, sets the details, and
    /// folds the touch and its promises in (`Contact.record`). A contact who asked not to be
    /// contacted keeps the touch in their history but gets no new promises, with a warning.
    /// Throws a `RecordingError`, or what `book` throws when a record cannot be read.
    public func apply(to book: inout ContactBook, touchID: String, now: Date, calendar: BusinessCalendar) throws -> RecordedTouch {
        var (contact, created) = try resolve(in: &book, now: now)
        var warnings: [RecordingWarning] = []
        if contact.status == .doNotContact && !created {
            switch stopRule {
            case .refuse:
                throw RecordingError.doNotContact(name: contact.label, since: contact.stopped?.date, reason: contact.stopped?.reason)
            case .recordOnly: warnings.append(.doNotContact(since: contact.stopped?.date, reason: contact.stopped?.reason))
            case .lift: contact.liftStop()
            }
        }
        // The tidbit the step offered, before this touch adds one of its own.
        let offered = contact.tidbits.first
        contact.apply(details)
        var touch = Touch(id: touchID, contact: contact.id, at: now, channel: channel, outcome: outcome, note: note)
        if agreed != nil { touch.setNext = true }
        if contact.status == .doNotContact {
            contact.history.record(touch, calendar: calendar)
        } else {
            // A time agreed for a day before the next one possible ("she's out till the 14th") goes.
            for agreed in contact.agreedBefore(notBefore, calendar: calendar) { contact.settle(agreed, .replaced, at: now) }
            contact.record(touch, newCommitments: commitments(made: now), calendar: calendar)
            contact.share(offered, on: touch)
            // A message sent is the thank-you the user owed.
            if outcome == .sent {
                for thanks in contact.todos where thanks.isThankYou { contact.settle(thanks, .done, at: now, touch: touch.id) }
            }
            for what in delivered {
                if let open = contact.commitments.first(where: { $0.what == what }) {
                    contact.settle(open, .done, at: now, touch: touch.id)
                }
            }
            if let notBefore { contact.notBefore = notBefore.date }
            // A touch that names no next try keeps the user's own ("ill try again wed", then the
            // paired email logged); a conversation or a stop ends it.
            if let nextTry {
                contact.nextTry = nextTry.timed ? nextTry.date : calendar.startOfDay(nextTry.date)
            } else if !outcome.isUnanswered {
                contact.nextTry = nil
            }
            if let decision, contact.status != .doNotContact { contact.close(won: decision, on: now) }
            if release, decision == nil, contact.status == .active { contact.release(on: now) }
        }
        book.put(contact)
        var referred: Contact?
        if let referral, ContactName.problem(with: referral) == nil {
            if case .found(var known) = try book.match(referral), NameMatcher.normalize(known.name) == NameMatcher.normalize(referral) {
                warnings.append(.referralKnown(known))
                if let agreed = referralAgreed, known.status != .doNotContact {
                    known.commitments.append(Self.nextStep(agreed, made: now))
                    book.put(known)
                }
            } else {
                let company = referralCompany ?? (referralIntro ? nil : contact.company)
                var person = Contact.new(
                    named: referral, details: ContactDetails(company: company, context: contact.context), taken: try book.takenIDs(),
                    on: now)
                person.referredBy = contact.id
                if let agreed = referralAgreed {
                    person.commitments.append(Self.nextStep(agreed, made: now))
                } else if referralIntro {
                    person.firstCallOn = calendar.workingDay(onOrAfter: calendar.day(3, after: now))
                }
                book.put(person)
                referred = person
            }
        }
        return RecordedTouch(contact: contact, created: created, touch: touch, warnings: warnings, referred: referred)
    }

    /// Their promises, the user's to-dos and the agreed next contact, as commitments made `now`.
    func commitments(made now: Date) -> [Commitment] {
        var list = promises.map { promise in
            Commitment(
                owner: promise.owner, what: promise.what, due: promise.by?.date ?? now, timed: promise.by?.timed ?? false, made: now,
                todo: promise.owner == .me, undated: promise.by == nil)
        }
        if let agreed {
            list.append(Self.nextStep(agreed, topic: agreedTopic, channel: agreedChannel ?? details.preferredChannel, made: now))
        }
        return list
    }

    /// The next contact agreed for `when`, as the user's commitment.
    static func nextStep(_ when: When, topic: String? = nil, channel: Channel? = nil, made now: Date) -> Commitment {
        Commitment(owner: .me, what: topic ?? "the next step", due: when.date, timed: when.timed, channel: channel, made: now)
    }

    /// "Raj Mehta at Globex", "Tom from Initech", "dana @ acme": a name said with its company,
    /// as the debrief reads it, unless `--company` gave one. Not after a comma ("José Álvarez, Jr.").
    private func atCompany(_ typed: String) -> NameWithCompany? {
        guard details.company == nil, [" at ", " @ ", " from "].contains(where: { typed.lowercased().contains($0) }) else { return nil }
        let named = NameWithCompany.parse(typed)
        return named.company == nil ? nil : named
    }

    private func resolve(in book: inout ContactBook, now: Date) throws -> (Contact, created: Bool) {
        func create(_ typed: String) throws -> (Contact, created: Bool) {
            let named = atCompany(typed) ?? NameWithCompany(name: typed)
            if let problem = ContactName.problem(with: named.name) { throw RecordingError.unusableName(problem) }
            var contact = Contact.new(named: named.name, taken: try book.takenIDs(), on: now)
            contact.company = named.company
            return (contact, true)
        }
        switch target {
        case .new(let name):
            return try create(name)
        case .existing(let id):
            guard let found = try book.contact(id: id) else { throw RecordingError.contactGone(id: id) }
            return (found, false)
        case .named(let name):
            if let problem = ContactName.problem(with: name) { throw RecordingError.unusableName(problem) }
            switch try book.match(name) {
            case .found(let existing): return (existing, false)
            case .ambiguous(let candidates): throw RecordingError.ambiguous(name: name, candidates: candidates)
            case .none:
                if let named = atCompany(name), let company = named.company, case .found(let existing) = try book.match(named.name),
                    existing.company?.lowercased() == company.lowercased()
                {
                    return (existing, false)
                }
                if let close = try book.closest(name) { throw RecordingError.lookalike(name: name, existing: close) }
                return try create(name)
            }
        }
    }
}
