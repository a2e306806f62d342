import Foundation
import RingbackCore

/// One contact as an import file gave it, checked: the values found for each field (a field
/// may have several columns: "Lifecycle Stage" and "Lead Status") become a contact's details,
/// its status, and when it was last touched.
public struct ImportRecord: Equatable {
    public var line: Int
    public var name: String
    public var company: String?
    public var email: String?
    public var phone: String?
    public var mobile: String?
    public var context: ContactContext?
    public var cadence: String?
    public var channel: Channel?
    public var note: String?
    public var status: ContactStatus = .active
    public var lastActivity: Date?
    public var touches: Int?
    public var tags: [String] = []

    /// What the checks need from the store and the user.
    public struct Rules {
        public var cadences: Set<String>
        public var dateOrder: DateOrder
        public var calendar: BusinessCalendar
        public var now: Date

        public init(cadences: Set<String>, dateOrder: DateOrder, calendar: BusinessCalendar, now: Date) {
            (self.cadences, self.dateOrder, self.calendar, self.now) = (cadences, dateOrder, calendar, now)
        }
    }

    /// The outcome of checking one row: a record, a row without a name, or its problems.
    public enum Checked: Equatable {
        case record(ImportRecord)
        case nameless
        case problems([String])
    }

    public static func check(_ values: [ImportField: [String]], line: Int, file: String, rules: Rules) -> Checked {
        func value(_ field: ImportField) -> String? { values[field]?.first { !$0.isEmpty } }
        let name =
            value(.name)
            ?? [value(.firstName), value(.lastName)].compactMap { $0 }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return .nameless }
        var problems: [String] = []
        func problem(_ text: String) { problems.append("\(file):\(line): \(text)") }
        if let text = ContactName.problem(with: name) { problem(text) }
        var record = ImportRecord(
            line: line, name: name, company: value(.company), email: value(.email), phone: value(.phone), mobile: value(.mobile),
            note: value(.note).map(Self.oneLine))
        if record.phone == nil, let mobile = record.mobile {
            record.phone = mobile
            record.mobile = nil
        }
        if let email = record.email, !(email.contains("@") && email.contains(".")) {
            problem("'\(email)' is not an email address")
        }
        if let text = value(.context) {
            if let context = ContactContext(loose: text) {
                record.context = context
            } else {
                problem("context '\(text)' \(ContactContext.expected)")
            }
        } else if let title = value(.position), Self.isRecruiter(title) {
            record.context = .jobSearch
        }
        if let text = value(.cadence) {
            if rules.cadences.contains(text) {
                record.cadence = text
            } else {
                problem("no cadence named '\(text)' (have: \(rules.cadences.sorted().joined(separator: ", ")))")
            }
        }
        if let text = value(.channel) {
            if let channel = Channel(loose: text) { record.channel = channel } else { problem("'\(text)' is not a channel") }
        }
        let stops = (values[.doNotCall] ?? []).contains { ["1", "true", "yes", "y", "x"].contains($0.lowercased()) }
        record.status = stops ? .doNotContact : ImportStatus.decide((values[.status] ?? []).filter { !$0.isEmpty })
        if let text = value(.lastActivity) {
            if let date = LooseDate.parse(text, order: rules.dateOrder, calendar: rules.calendar) {
                if date > rules.now { problem("last activity '\(text)' is after now") } else { record.lastActivity = date }
            } else {
                problem("last activity '\(text)' is not a date")
            }
        }
        if let text = value(.touches) {
            if let count = Int(text), count >= 0 { record.touches = count } else { problem("touches '\(text)' is not a count") }
        }
        record.tags = ImportStatus.tags((values[.tags] ?? []).joined(separator: ","))
        return problems.isEmpty ? .record(record) : .problems(problems)
    }

    /// A note as one line (tidbits are shown and mentioned on one line).
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(
            separator: " ")
    }

    /// The details a new contact gets, or an existing one is filled in with.
    public func details(defaultContext: ContactContext) -> ContactDetails {
        var details = ContactDetails(
            company: company, context: context ?? defaultContext, email: email, phone: phone, preferredChannel: channel, cadence: cadence,
            tidbit: note)
        details.mobile = mobile
        details.tags = tags
        return details
    }

    /// A recruiter's title ("Technical Recruiter", "Talent Acquisition Partner", "Sourcer").
    public static func isRecruiter(_ title: String) -> Bool {
        let lower = title.lowercased()
        return ["recruit", "talent acquisition", "talent partner", "sourcer", "headhunter", "staffing"].contains { lower.contains($0) }
    }
}
