import Foundation
import RingbackCore
import RingbackInterchange
import RingbackStore

/// What `sync calendar` makes of the meetings it read, before anything is written: each
/// contact's meetings (by the address of an attendee or the organizer who did not decline),
/// and the guests who are not contacts. Pure.
struct CalendarSync {
    /// The user's own addresses, lower case.
    var mine: Set<String>
    /// Contacts by address (lower case).
    var byAddress: [String: ContactBook.Entry]

    /// Someone invited who is not a contact.
    struct Guest: Equatable, Encodable {
        var email: String
        var name: String?
        var meetings: Int
    }

    private(set) var meetings: [String: [CalendarMeeting]] = [:]
    private(set) var contacts: [String: ContactBook.Entry] = [:]
    private(set) var guests: [String: Guest] = [:]
    /// Meetings with no contact among their people.
    private(set) var withoutContacts = 0

    /// The id a meeting keeps on every sync: a hash of its key (UID and instance).
    static func meetingID(_ key: String) -> String {
        Touch.calendarPrefix + StableHash.hex(key)
    }

    /// Each contact with an address, by that address (lower case): how mail and meetings find them.
    static func byAddress(_ stored: [StoredContact]) -> [String: ContactBook.Entry] {
        var byAddress: [String: ContactBook.Entry] = [:]
        for entry in stored {
            guard let email = entry.contact.email?.lowercased(), !email.isEmpty else { continue }
            byAddress[email] = ContactBook.Entry(id: entry.contact.id, name: entry.contact.name, company: entry.contact.company)
        }
        return byAddress
    }

    mutating func take(_ occurrence: CalendarOccurrence) {
        let meeting = CalendarMeeting(
            id: Self.meetingID(occurrence.key), start: occurrence.start, timed: !occurrence.allDay, summary: occurrence.summary,
            video: occurrence.video, cancelled: occurrence.cancelled)
        var found = false
        var done: Set<String> = []
        for person in occurrence.people where !mine.contains(person.email) && !person.declined {
            guard let contact = byAddress[person.email] else {
                if !occurrence.cancelled {
                    var guest = guests[person.email] ?? Guest(email: person.email, name: person.name, meetings: 0)
                    guest.meetings += 1
                    guests[person.email] = guest
                }
                continue
            }
            found = true
            guard done.insert(contact.id).inserted else { continue }
            contacts[contact.id] = contact
            meetings[contact.id, default: []].append(meeting)
        }
        if !found { withoutContacts += 1 }
    }
}
