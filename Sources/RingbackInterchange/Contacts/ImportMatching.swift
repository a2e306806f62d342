import Foundation
import RingbackCore

/// Finds the contact an imported record is the same person as: same email, same phone
/// (digits compared), or same name and company, among the contacts already in the store and
/// those added earlier in the same import.
public struct ImportMatching {
    private var byKey: [String: String] = [:]
    /// Each contact's name words, to check a phone match against.
    private var names: [String: Set<String>] = [:]

    public init(_ contacts: [Contact]) {
        for contact in contacts { add(contact) }
    }

    /// Makes `contact` findable by its email, phones, and name with company.
    public mutating func add(_ contact: Contact) {
        for key in Self.keys(name: contact.name, company: contact.company, email: contact.email, phones: [contact.phone, contact.mobile]) {
            byKey[key] = byKey[key] ?? contact.id
        }
        names[contact.id] = Self.words(contact.name)
    }

    /// The id of the contact the record is, if any. A phone is shared by colleagues (a
    /// switchboard, an account's main line), so a phone match also needs a name word in common.
    public func match(_ record: ImportRecord) -> String? {
        match(name: record.name, company: record.company, email: record.email, phones: [record.phone, record.mobile])?.id
    }

    /// The contact already here that `contact` is the same person as, and why ("same email").
    public func match(_ contact: Contact) -> (id: String, why: String)? {
        match(name: contact.name, company: contact.company, email: contact.email, phones: [contact.phone, contact.mobile])
    }

    private func match(name: String, company: String?, email: String?, phones: [String?]) -> (id: String, why: String)? {
        let words = Self.words(name)
        for key in Self.keys(name: name, company: company, email: email, phones: phones) {
            guard let id = byKey[key] else { continue }
            if key.hasPrefix("phone:") && names[id, default: []].isDisjoint(with: words) { continue }
            let why = key.hasPrefix("email:") ? "same email" : key.hasPrefix("phone:") ? "same phone" : "same name and company"
            return (id, why)
        }
        return nil
    }

    public static func words(_ name: String) -> Set<String> {
        Set(NameMatcher.normalize(name).split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 1 })
    }

    public static func keys(name: String, company: String?, email: String?, phones: [String?]) -> [String] {
        var keys: [String] = []
        if let email = email?.lowercased().trimmingCharacters(in: .whitespaces), !email.isEmpty { keys.append("email:" + email) }
        for phone in phones.compactMap({ $0 }) {
            let digits = phone.filter(\.isNumber)
            // Short numbers (extensions, a switchboard's last digits) say nothing about who it is.
            if digits.count >= 7 { keys.append("phone:" + String(digits.suffix(9))) }
        }
        if let company, !company.isEmpty { keys.append("name:" + NameMatcher.normalize(name) + "|" + NameMatcher.normalize(company)) }
        return keys
    }
}

extension Contact {
    /// Takes what an imported record knows that this contact lacks (empty fields, new tags,
    /// a new note, a last touch when none is known, a status when still active, a stop),
    /// never replacing a value.
    public mutating func fill(from record: ImportRecord, now: Date) {
        if company == nil { company = record.company }
        if email == nil { email = record.email }
        if phone == nil { phone = record.phone }
        if mobile == nil, record.mobile != phone { mobile = record.mobile }
        if preferredChannel == nil { preferredChannel = record.channel }
        if cadence == nil { cadence = record.cadence }
        if let note = record.note, !tidbits.contains(note) { tidbits.append(note) }
        for tag in record.tags where !(tags ?? []).contains(tag) { tags = (tags ?? []) + [tag] }
        if history.lastTouch == nil, let last = record.lastActivity { history.adoptImported(last: last, touches: record.touches) }
        // The CRM's word on where they stand (a customer, an unqualified lead, a stop) is newer
        // than an active contact's default; a status set here is never undone by a file.
        if record.status != .active && (status == .active || record.status == .doNotContact) && status != record.status {
            take(record.status, now: now)
        }
    }

    /// Sets the status an imported record says, with what each status records.
    public mutating func take(_ status: ContactStatus, now: Date) {
        switch status {
        case .active: break
        case .doNotContact: markDoNotContact(on: now, reason: "marked do-not-contact in an import")
        case .released: release(on: now)
        case .won, .lost: close(won: status == .won, on: now)
        }
    }
}
