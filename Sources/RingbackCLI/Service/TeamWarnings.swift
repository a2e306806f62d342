import RingbackCore
import RingbackPostgres

extension Session {
    /// On a team, what to say when the user works on someone else's contact ("Dana Ruiz is
    /// Ana's contact ..."); nil for their own, for nobody's, and when they have no name here.
    func colleagueWarning(_ contact: Contact) -> String? {
        guard let owner = contact.owner, let me = local.me, owner != me else { return nil }
        return "\(contact.name) is \(owner)'s contact (ringback assign \"\(contact.name)\" --to \(me) to take it over)"
    }

    /// Warns, on standard error, for each of `contacts` that is a colleague's: a change to
    /// someone else's pipeline (a stop, a rename, a forget) should never pass unnoticed.
    func warnAboutColleagues(_ contacts: [Contact]) {
        for contact in contacts {
            if let warning = colleagueWarning(contact) { Output.warn(warning) }
        }
    }

    /// On a team store with no name on this machine, says what that means: every rep's
    /// contacts show, and what the user adds belongs to nobody. Once per command line.
    func warnIfNameless() {
        guard store is PostgresStore, local.me == nil, !inShell else { return }
        Output.warn(
            "you have no name on this team yet, so this shows everyone's contacts and what you add is nobody's: "
                + "`ringback config me NAME`")
    }
}
