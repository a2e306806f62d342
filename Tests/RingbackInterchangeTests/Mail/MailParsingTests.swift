import Foundation
import Testing

@testable import RingbackInterchange

/// Issue #26: real-world mail headers and bodies, as mail programs write them.
struct MailParsingTests {
    @Test func encodedWordsAreDecoded() {
        #expect(EncodedWords.decode("=?UTF-8?B?Wm/DqyBNY0FkYW1z?= <zoe@cafe.fr>") == "Zoë McAdams <zoe@cafe.fr>")
        #expect(EncodedWords.decode("=?iso-8859-1?Q?Jos=E9_=C1lvarez?=") == "José Álvarez")
        // The space between two encoded words is not text; around plain words it is.
        #expect(EncodedWords.decode("=?utf-8?q?Caf=C3=A9?= =?utf-8?q?_No=C3=ABl?= menu") == "Café Noël menu")
        #expect(EncodedWords.decode("Re: =?windows-1252?Q?Price=92s_up?=") == "Re: Price’s up")
        #expect(EncodedWords.decode("50% off =?broken") == "50% off =?broken")
    }

    @Test func headersAreUnfoldedAndFoundWithoutCase() {
        let headers = MailHeaders(Array("Subject: a long\r\n  subject line\r\nTO: dana@acme.com\r\nto: sam@globex.com\r\n\r\nbody".utf8))
        #expect(headers["subject"] == "a long subject line")
        #expect(headers.all("To") == ["dana@acme.com", "sam@globex.com"])
        #expect(MailHeaders.parameter("charset", in: "text/plain; charset=\"ISO-8859-1\"; format=flowed") == "ISO-8859-1")
    }

    @Test func addressListsKeepNamesWithCommas() {
        let list = MailAddress.list("\"Ruiz, Dana\" <Dana@Acme.com>, sam@globex.com (Sam Ortiz), team: a@x.io, b@y.io;, not an address")
        #expect(list.map(\.email) == ["dana@acme.com", "sam@globex.com", "a@x.io", "b@y.io"])
        #expect(list.map(\.name) == ["Ruiz, Dana", "Sam Ortiz", nil, nil])
        #expect(MailAddress.list("=?UTF-8?Q?Zo=C3=AB?= <zoe@cafe.fr>").first?.name == "Zoë")
    }

    @Test func datesAsMailWritesThem() {
        let date = { (text: String) in MailDate.parse(text).map { ISO8601DateFormatter().string(from: $0) } }
        #expect(date("Tue, 24 Nov 2026 10:15:00 +0100") == "2026-11-24T09:15:00Z")
        #expect(date("24 Nov 2026 10:15 GMT") == "2026-11-24T10:15:00Z")
        #expect(date("Mon, 2 Feb 26 08:00:00 -0500 (EST)") == "2026-02-02T13:00:00Z")
        #expect(date("Tue, 24 Nov 2026 10:15:00 PST") == "2026-11-24T18:15:00Z")
        #expect(date("yesterday") == nil)
        #expect(date("Mon, 31 Feb 2026 10:00:00 +0000") == nil)
    }

    @Test func quotedPrintableAndBase64Bodies() {
        #expect(
            String(decoding: TransferEncoding.decode(Array("caf=C3=A9 soft=\r\nbreak".utf8), encoding: "quoted-printable"), as: UTF8.self)
                == "café softbreak")
        #expect(String(decoding: TransferEncoding.decode(Array("aGVs\nbG8=".utf8), encoding: "Base64"), as: UTF8.self) == "hello")
    }

    @Test func theTextOfAMultipartMessage() {
        let raw = """
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: multipart/alternative; boundary=inner

            --inner
            Content-Type: text/html; charset=utf-8

            <p>Hi <b>there</b></p>
            --inner
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            Bonjour Jos=E9, let's talk friday.
            --inner--
            --outer
            Content-Type: text/plain
            Content-Disposition: attachment; filename=notes.txt

            not this
            --outer--
            """
        let bytes = Array(raw.utf8)
        let split = MailBody.headerEnd(bytes[...])
        let text = MailBody.text(headers: MailHeaders(bytes[..<split.headers]), body: Array(bytes[split.body...]))
        #expect(text?.trimmingCharacters(in: .whitespacesAndNewlines) == "Bonjour José, let's talk friday.")
        #expect(MailBody.withoutTags("<p>Hi <b>there</b>&nbsp;&amp; you</p>") == "\nHi there & you\n")
    }

    @Test func aReplyWithoutItsQuoteAndSignature() {
        let reply = """
            Thanks, please take me off your list.

            --\u{20}
            Dana Ruiz | Acme
            """
        #expect(ReplyText.own(reply) == "Thanks, please take me off your list.")
        #expect(ReplyText.own("Friday works.\nOn Tue, 24 Nov 2026, Sam wrote:\n> could we talk?") == "Friday works.")
        #expect(ReplyText.own("> old\nnew line") == "new line")
        #expect(ReplyText.subject("Re: AW: Fwd: Pricing") == "Pricing")
        #expect(ReplyText.subject("SV: Re[2]: Quote") == "Quote")
        #expect(ReplyText.subject("Rebate: 10%") == "Rebate: 10%")
    }

    @Test func aMessageWithoutAnIDGetsAStableOne() {
        let headers = MailHeaders(Array("From: dana@acme.com\nDate: broken\nSubject: hi\n\n".utf8))
        let one = MailMessage(headers: headers, place: "a", fileDate: nil)
        let two = MailMessage(headers: headers, place: "b", fileDate: Date(timeIntervalSince1970: 0))
        #expect(one.id == two.id && one.id.hasPrefix("no-id-"))
        #expect(one.date == nil && two.when == Date(timeIntervalSince1970: 0))
    }
}
