import ArgumentParser
import Foundation
import RingbackContent
import RingbackCore
import RingbackInterchange

/// The contact's details as options, shared by `log` (set alongside a touch) and `set` (set
/// alone): company, context, email, phone, preferred channel, cadence, time zone and tags.
struct DetailOptions: ParsableArguments {
    @Option(help: "Cadence to follow from now on (see content/cadences.yaml).", completion: CompletionCandidates.cadences)
    var cadence: String?

    @Option(help: "Company (of a new contact with `log` or `add`, or to update).")
    var company: String?

    @Option(help: "sales, job-search or networking (new contacts default to sales).", completion: CompletionCandidates.contexts)
    var context: String?

    @Option(help: "Email address.")
    var email: String?

    @Option(help: "Phone number.")
    var phone: String?

    @Option(help: "The channel they prefer; it wins for future steps.", completion: CompletionCandidates.channels)
    var prefers: String?

    @Option(name: .customLong("time-zone"), help: "Their time zone, when it differs from yours (Europe/London): times then show in both.")
    var timeZone: String?

    @Option(help: ArgumentHelp("Their own rhythm instead of a cadence: 30d, 2w, \"every month\", quarterly.", valueName: "rhythm"))
    var every: String?

    @Option(name: .customLong("tag"), help: "A label for the contact (repeat for several): --tag q1 --tag conference.")
    var tags: [String] = []

    /// True when no detail was given.
    var isEmpty: Bool {
        [cadence, company, context, email, phone, prefers, timeZone, every].allSatisfy { $0 == nil } && tags.isEmpty
    }

    /// The options, checked, as details to set; an empty text is left out (see `cleared`).
    func details(content: Content) throws -> ContactDetails {
        func given(_ text: String?) -> String? {
            text.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        if let cadence = given(cadence), content.cadence(named: cadence) == nil || cadence == Content.nurtureCadence {
            throw RequestError.notOneOf(option: "--cadence", value: cadence, kind: "a cadence", choices: content.followUpCadenceNames)
        }
        // "Kim Park <kim@globex.com>", pasted from a mail program, is the address inside.
        let address = try given(email).map { typed -> String in
            let found = MailAddress.list(typed)
            guard found.count == 1, let email = found.first?.email, email.split(separator: "@").count == 2,
                email.split(separator: "@").last?.contains(".") == true, !email.contains(" ")
            else {
                throw RequestError.malformed(option: "--email", value: typed, expected: "is not a mail address like dana@acme.com")
            }
            return email
        }
        var details = ContactDetails(company: given(company), email: address, phone: given(phone), cadence: given(cadence))
        details.tags = tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let timeZone = given(timeZone) {
            guard TimeZone(identifier: timeZone) != nil else {
                throw RequestError.malformed(option: "--time-zone", value: timeZone, expected: "is not a time zone name like Europe/London")
            }
            details.timeZone = timeZone
        }
        details.context = try given(context).map { text in
            guard let context = ContactContext(loose: text) else {
                throw RequestError.malformed(option: "--context", value: text, expected: ContactContext.expected)
            }
            return context
        }
        details.preferredChannel = try given(prefers).map { try WordInput.channel($0, option: "--prefers") }
        details.every = try given(every).map { text in
            guard let days = Rhythm.days(text) else {
                throw RequestError.malformed(
                    option: "--every", value: text, expected: "is not a rhythm like 30d, 2w, \"every month\" or quarterly (at most 2 years)"
                )
            }
            return days
        }
        return details
    }

    /// The fields given as an empty text ("--email ''"): to clear.
    var cleared: [String] {
        [
            ("company", company), ("email", email), ("phone", phone), ("prefers", prefers), ("cadence", cadence),
            ("time-zone", timeZone), ("every", every),
        ]
        .filter { $0.1?.trimmingCharacters(in: .whitespaces).isEmpty == true }.map(\.0)
    }
}
