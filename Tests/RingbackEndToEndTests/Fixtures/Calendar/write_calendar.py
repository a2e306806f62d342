#!/usr/bin/env python3
"""Writes the calendars SyncCalendarTests reads, with Python's icalendar package (the
library khal and vdirsyncer build on): a vdir (one event per file, as vdirsyncer keeps
them) and a single exported .ics holding later revisions of two of its events.

usage: write_calendar.py FOLDER
"""
import os
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
ME = "sam@brightline.io"


def person(email, name=None, declined=False):
    address = vCalAddress("mailto:" + email)
    if name:
        address.params["cn"] = vText(name)
    address.params["partstat"] = vText("DECLINED" if declined else "ACCEPTED")
    return address


def event(uid, start, summary, guests, sequence=0, **extra):
    item = Event()
    item.add("uid", uid)
    item.add("dtstamp", datetime(2026, 11, 1, 9, 0, tzinfo=ZoneInfo("UTC")))
    item.add("dtstart", start)
    item.add("dtend", start + timedelta(minutes=30))
    item.add("summary", summary)
    item.add("sequence", sequence)
    item.add("organizer", person(ME, "Sam Reed"))
    for guest in guests:
        item.add("attendee", guest)
    for key, value in extra.items():
        item.add(key.replace("_", "-"), value)
    return item


def calendar(*events):
    cal = Calendar()
    cal.add("prodid", "-//Ringback tests//write_calendar.py//EN")
    cal.add("version", "2.0")
    for item in events:
        cal.add_component(item)
    return cal.to_ical()


def main():
    folder = sys.argv[1]
    vdir = os.path.join(folder, "work")
    os.makedirs(vdir, exist_ok=True)
    dana = person("dana@acme.com", "Dana Ruiz")
    # Held on Zoom (Tue 24 Nov 15:00 Paris).
    demo = event("demo-1@example", datetime(2026, 11, 24, 15, 0, tzinfo=PARIS), "Acme demo", [dana],
                 location="https://acme.zoom.us/j/123456")
    # Ahead, in person, in New York's time: Wed 2 Dec 10:00 there is 16:00 in Paris.
    kickoff = event("kickoff@example", datetime(2026, 12, 2, 10, 0, tzinfo=NEW_YORK), "Harbor kickoff",
                    [person("tom@harbor.io", "Tom Okafor")], location="Harbor HQ, 5th floor")
    # Ahead with Dana: cancelled later in export.ics.
    review = event("review@example", datetime(2026, 12, 3, 11, 0, tzinfo=PARIS), "Contract review", [dana])
    # Weekly with Zoë on Mondays at 9: the 16th skipped, the 23rd moved to Tue 24 at 11.
    weekly = event("weekly@example", datetime(2026, 11, 9, 9, 0, tzinfo=PARIS), "Café Noël weekly",
                   [person("zoe@cafe-noel.fr", "Zoë Lambert")], rrule={"freq": "weekly", "byday": "MO", "count": 8},
                   exdate=datetime(2026, 11, 16, 9, 0, tzinfo=PARIS))
    moved = event("weekly@example", datetime(2026, 11, 24, 11, 0, tzinfo=PARIS), "Café Noël weekly (moved)",
                  [person("zoe@cafe-noel.fr", "Zoë Lambert")], sequence=1,
                  recurrence_id=datetime(2026, 11, 23, 9, 0, tzinfo=PARIS))
    # Tom declined this one; Jo is not a contact.
    declined = event("lunch@example", datetime(2026, 11, 25, 12, 30, tzinfo=PARIS), "Team lunch",
                     [person("tom@harbor.io", "Tom Okafor", declined=True), person("jo@new.example", "Jo Park")])
    files = {"demo.ics": [demo], "kickoff.ics": [kickoff], "review.ics": [review], "weekly.ics": [weekly, moved],
             "lunch.ics": [declined]}
    for name, events in files.items():
        with open(os.path.join(vdir, name), "wb") as out:
            out.write(calendar(*events))
    with open(os.path.join(vdir, "broken.ics"), "w") as out:
        out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:broken@example\r\nDTSTART:soon\r\n"
                  "SUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    # Later revisions: the kickoff moved to Thu 3 Dec 14:00 New York, the review cancelled.
    later_kickoff = event("kickoff@example", datetime(2026, 12, 3, 14, 0, tzinfo=NEW_YORK), "Harbor kickoff",
                          [person("tom@harbor.io", "Tom Okafor")], sequence=2)
    cancelled = event("review@example", datetime(2026, 12, 3, 11, 0, tzinfo=PARIS), "Contract review", [dana],
                      sequence=1, status="CANCELLED")
    with open(os.path.join(folder, "export.ics"), "wb") as out:
        out.write(calendar(later_kickoff, cancelled))


if __name__ == "__main__":
    main()
