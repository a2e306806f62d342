import ArgumentParser
import Foundation
import RingbackCore
import RingbackInterchange
import RingbackScheduler
import RingbackStore

/// `ringback compose [NAME]`: the next step's message, ready to send from the user's own
/// mail program (or phone, for a text).
struct ComposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Write the next step's email (or text) to send from your own mail program.",
        discussion: """
            Without a name, the most important step (as `next`). An email step opens in your mail program through \
            xdg-email when there is a desktop, else its mailto: link and text are printed; --output writes an .eml \
            draft your mail program opens to edit. A text step prints an sms: link. A call has nothing to write: \
            `ringback next NAME` gives what to say.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The contact (default: the most important step's).", valueName: "name")) var names: [String] = []
    @Option(help: ArgumentHelp("Write the email as an .eml draft to this file.", valueName: "file.eml")) var output: String?
    @Flag(name: .customLong("print"), help: "Print the link and the text; do not open a mail program.") var printOnly = false

    struct Composed: Encodable {
        var contact: String
        var name: String
        var channel: String
        var to: String
        var subject: String?
        var text: String
        var url: String
        var output: String?
        var opened: Bool
    }

    func run() throws {
        let session = try Session(global)
        let settings = try session.store.settings()
        let calendar = session.scheduler(settings).calendar
        let (contact, view) = try step(session, settings: settings, calendar: calendar)
        let channel = view.channel.flatMap(Channel.init(rawValue:)) ?? .call
        let text = view.script + (view.signOff.map { "\n\n\($0)" } ?? "")
        var composed: Composed
        switch channel {
        case .text:
            if let output {
                throw RequestError.malformed(
                    option: "--output", value: output,
                    expected: "writes an email draft; \(contact.name)'s next step is a text: its sms: link is printed without --output")
            }
            guard let phone = contact.mobile ?? contact.phone else {
                throw RequestError.needs(
                    option: "compose", other: "a phone number for \(contact.name)",
                    why: ": ringback set \(Self.quoted(contact.name)) --phone \"+1 555 0100\"")
            }
            composed = Composed(
                contact: contact.id, name: contact.name, channel: "text", to: phone, subject: nil, text: text,
                url: MailDraft.sms(to: phone, text: text), output: nil, opened: false)
        case .email, .linkedin, .mail:
            guard let email = contact.email else {
                throw RequestError.needs(
                    option: "compose", other: "an email address for \(contact.name)",
                    why: ": ringback set \(Self.quoted(contact.name)) --email name@example.com")
            }
            let subject = view.subject ?? "Following up"
            let draft = MailDraft(
                from: session.local.email?.first, toName: contact.name, to: email, subject: subject, text: text)
            composed = Composed(
                contact: contact.id, name: contact.name, channel: "email", to: email, subject: subject, text: text, url: draft.mailto,
                output: output, opened: false)
            if let output {
                do {
                    try Data(draft.eml(date: session.now).utf8).write(to: URL(fileURLWithPath: output))
                } catch {
                    throw RequestError.file(path: output, .unwritable(error.localizedDescription))
                }
            } else if !printOnly && !session.json {
                composed.opened = Self.openMailProgram(draft)
            }
        case .call, .video, .meeting:
            let kind = channel == .call ? "a call" : channel == .video ? "a video call" : "a meeting"
            let when = DateText.describe(view.dueDate, timed: view.timed, now: session.now, calendar: calendar)
            throw RequestError.needs(
                option: "compose", other: "a step in writing",
                why: "; \(contact.name)'s next step is \(kind), \(when): `ringback show \(Self.quoted(contact.name))` gives what to say")
        }
        if session.json { return try Output.json(composed) }
        if composed.opened {
            Console.print("Opened in your mail program: to \(composed.name) <\(composed.to)>, \"\(composed.subject ?? "")\".")
            return
        }
        if let output = composed.output {
            Console.print(
                "Wrote \(output): to \(composed.name) <\(composed.to)>, \"\(composed.subject ?? "")\". Open it in your mail program to send."
            )
            return
        }
        Console.print(composed.channel == "text" ? "To: \(composed.name), \(composed.to)" : "To: \(composed.name) <\(composed.to)>")
        if let subject = composed.subject { Console.print("Subject: \(subject)") }
        Console.print("")
        Console.print(composed.text)
        Console.print("")
        Console.print(composed.url)
    }

    /// The contact and the step to write: the named one's, or the most important.
    private func step(_ session: Session, settings: Settings, calendar: BusinessCalendar) throws -> (Contact, StepView) {
        let scheduler = session.scheduler(settings)
        if names.isEmpty {
            let schedule = try NextCommand.leading(session)
            guard let best = Agenda.mostImportant(schedule.items, now: session.now, calendar: calendar) else {
                throw RequestError.needs(
                    option: "compose", other: "a next step", why: "; there is none yet: \(session.hint(.logFirstCall))")
            }
            guard let contact = try session.store.contact(id: best.step.contact)?.contact else {
                throw RequestError.needs(option: "compose", other: "a next step", why: "; the store changed while reading it, try again")
            }
            return (contact, StepView(best, content: session.content, now: session.now, calendar: calendar).signed(settings))
        }
        let contact = try ContactLookup.find(names.joined(separator: " "), in: session.store, session: session).contact
        guard let next = scheduler.nextStep(for: contact, asOf: session.now) else {
            throw RequestError.needs(
                option: "compose", other: "a next step", why: " for \(contact.name), who has none (\(contact.statusLabel))")
        }
        return (contact, StepView(next, of: contact, content: session.content, now: session.now, calendar: calendar).signed(settings))
    }

    /// Hands the draft to the desktop's mail program; false where there is none to hand it to.
    static func openMailProgram(_ draft: MailDraft) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        guard environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-email", "--utf8", "--subject", draft.subject, "--body", draft.text, draft.to]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }

    static func quoted(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }
}
