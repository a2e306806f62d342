#!/usr/bin/env python3
"""Writes the mail that `SyncMailTests` syncs, with Python's own `mailbox` and `email`
packages (real writers, not hand-made bytes): a Maildir inbox, a Maildir Sent folder holding a
copy of one inbox message, a Gmail-Takeout-style mbox, and a folder of .eml files.

    python3 write_mail.py OUTPUT_FOLDER [BIG_ATTACHMENT_MB]
"""
import mailbox
import sys
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

out = Path(sys.argv[1])
big = int(sys.argv[2]) if len(sys.argv) > 2 else 2
out.mkdir(parents=True, exist_ok=True)
ME = "sam@brightline.io"


def message(sender, to, subject, body, date, mid, html=None, charset="utf-8", cte=None, cc=None):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    if date:
        m["Date"] = date
    m["Message-ID"] = mid
    if cte:
        m.set_content(body, charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset)
    if html:
        m.add_alternative(html, subtype="html")
    return m


dana = str(Address("Dana Ruiz", addr_spec="dana@acme.com"))
zoe = str(Address("Zoë Lambert", addr_spec="zoe@cafe-noel.fr"))
inbox = mailbox.Maildir(out / "INBOX", create=True)
remove_me = message(dana, ME, "Re: Pricing", "Thanks Sam, but please take me off your list.\n\nOn Mon, Sam wrote:\n> Could we talk Thursday?\n",
                    "Tue, 24 Nov 2026 10:15:00 +0100", "<reply-1@acme.com>")
inbox.add(remove_me)
inbox.add(message(zoe, ME, "Re: Devis café", "Merci Sam ! I'll send the signed quote by friday.\n-- \nZoë, Café Noël\n",
                  "Wed, 25 Nov 2026 09:00:00 +0100", "<reply-2@cafe-noel.fr>", charset="iso-8859-1", cte="quoted-printable"))
newsletter = message("Deals <deals@shop.example>", ME, "Black Friday", "50% off", "Wed, 25 Nov 2026 08:00:00 +0100",
                     "<n1@shop.example>")
newsletter["List-Unsubscribe"] = "<mailto:leave@shop.example>"
inbox.add(newsletter)
away = message(str(Address("Tom Okafor", addr_spec="tom@harbor.io")), ME, "Out of office", "Back on Monday.",
               "Wed, 25 Nov 2026 09:30:00 +0100", "<ooo1@harbor.io>")
away["Auto-Submitted"] = "auto-replied"
inbox.add(away)
inbox.add(message("Acme <no-reply@acme-billing.example>", ME, "Your invoice", "Invoice attached.", "Wed, 25 Nov 2026 08:30:00 +0100",
                  "<inv1@acme-billing.example>"))
inbox.add(message(str(Address("Tom Okafor", addr_spec="tom@harbor.io")), ME, "Quick question", "Is Thursday still on?",
                  "Thu, 26 Nov 2026 07:30:00 +0100", "<q1@harbor.io>"))
with_file = message(dana, ME, "Specs attached", "Here are the specs, more next week.", "Tue, 24 Nov 2026 11:00:00 +0100",
                    "<specs@acme.com>")
with_file.add_attachment(b"\0" * (big * 1024 * 1024), maintype="application", subtype="octet-stream", filename="specs.bin")
inbox.add(with_file)

sent = mailbox.Maildir(out / "Sent", create=True)
sent.add(message(f"Sam Lee <{ME}>", dana, "Pricing", "Hi Dana, could we talk Thursday at 10?", "Mon, 23 Nov 2026 16:00:00 +0100",
                 "<sent-1@brightline.io>", html="<p>Hi Dana, could we talk <b>Thursday at 10</b>?</p>"))
sent.add(remove_me)  # the same message in a second folder: recorded once

takeout = mailbox.mbox(out / "takeout.mbox", create=True)
sent_note = message(f"Sam Lee <{ME}>", f"{zoe}, Jo <jo@new.example>", "=?utf-8?q?Devis_caf=C3=A9?=",
                    "Hi Zoë,\nFrom the numbers we discussed, here is the quote.\nFrom me", "Mon, 23 Nov 2026 17:00:00 +0100",
                    "<sent-2@brightline.io>")
sent_note["X-GM-THRID"] = "1751234567890"
sent_note["X-Gmail-Labels"] = "Sent,Opened"
takeout.add(sent_note)
takeout.add(message(f"Sam Lee <{ME}>", dana, "Re: Pricing", "Understood.", "not a date", "<sent-3@brightline.io>"))
takeout.flush()

eml = out / "eml"
eml.mkdir(parents=True, exist_ok=True)
(eml / "decision.eml").write_bytes(bytes(message(
    str(Address("Tom Okafor", addr_spec="tom@harbor.io")), ME, "Re: Proposal", "We decided to go with another vendor, sorry.",
    "Fri, 27 Nov 2026 09:00:00 +0100", "<d1@harbor.io>")))
print(out)
