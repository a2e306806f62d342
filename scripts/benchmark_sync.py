#!/usr/bin/env python3
"""Benchmark of `ringback sync mail` (issue #26): MESSAGES generated messages, half in a
Maildir (one file each) and half in one mbox, synced into a store of CONTACTS contacts with
addresses. Of the messages, 40% are the user's to a contact, 40% a contact's reply (a
quoted-printable body with a quote and a signature), 20% from people who are not contacts;
one in 200 carries a 2 MB attachment. Prints the whole-process time and peak memory of the
first sync (everything new), of a second one (everything already recorded), and of `review`
on the store it leaves (a command that reads every contact's history: what holding that store
costs, mail or not).

Usage: scripts/benchmark_sync.py [--binary PATH] [--messages 100000] [--contacts 2000]
Not a test: figures vary with the machine; keep it out of CI.
"""
import argparse
import os
import random
import subprocess
import tempfile
import time

ME = "sam@brightline.io"


def message(index, sender, to, day, body, attachment):
    boundary = f"b{index}"
    head = (
        f"From: {sender}\nTo: {to}\nSubject: =?utf-8?q?Devis_caf=C3=A9_{index}?=\n"
        f"Date: {day:02d} Nov 2026 10:{index % 60:02d}:00 +0100\nMessage-ID: <m{index}@bench.example>\nMIME-Version: 1.0\n"
    )
    if not attachment:
        return head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + body + "\n"
    blob = ("A" * 76 + "\n") * (2 * 1024 * 1024 // 76)
    return (
        head + f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n--{boundary}\nContent-Type: text/plain\n\n{body}\n'
        f"--{boundary}\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n{blob}--{boundary}--\n"
    )


def generate(folder, messages, contacts):
    random.seed(7)
    os.makedirs(folder + "/Maildir/new")
    os.makedirs(folder + "/Maildir/cur")
    mbox = open(folder + "/archive.mbox", "w")
    for index in range(messages):
        person = f"person{random.randrange(contacts)}@client.example"
        kind = random.random()
        if kind < 0.4:
            sender, to, body = f"Sam Lee <{ME}>", person, "Hi, could we talk Thursday at 10?"
        elif kind < 0.8:
            sender, to = person, ME
            body = "Thanks, I'll get back to you by friday. Caf=C3=A9?\n\nOn Mon, Sam wrote:\n> could we talk?\n-- \nA client"
        else:
            sender, to, body = f"stranger{random.randrange(5000)}@elsewhere.example", ME, "Hello"
        text = message(index, sender, to, 1 + index % 27, body, index % 200 == 0)
        if index % 2 == 0:
            with open(f"{folder}/Maildir/new/{index}.bench:2,", "w") as file:
                file.write(text)
        else:
            mbox.write(f"From {sender} Mon Nov 23 10:00:00 2026\n" + text.replace("\nFrom ", "\n>From ") + "\n")
    mbox.close()


def run(binary, store, args, env):
    """Time and peak memory (MiB) of this one run, by /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r") as peak_file:
        start = time.monotonic()
        child = subprocess.run(
            ["/usr/bin/time", "-q", "-f", "%M", "-o", peak_file.name, binary, "--store", store] + args,
            env=env, capture_output=True, text=True)
        elapsed = time.monotonic() - start
        peak = int(peak_file.read().split()[-1]) / 1024
    if child.returncode != 0:
        raise SystemExit(f"{args}: {child.stderr}")
    return elapsed, peak, child.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/ringback")
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=2_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, XDG_CONFIG_HOME=folder + "/config", TZ="Europe/Paris")
        store = folder + "/store.json"
        with open(folder + "/contacts.csv", "w") as file:
            file.write("Name,Email\n" + "".join(f"Person {i},person{i}@client.example\n" for i in range(options.contacts)))
        run(options.binary, store, ["import", folder + "/contacts.csv", "--now", "2026-11-01T09:00"], env)
        run(options.binary, store, ["config", "email", ME], env)
        started = time.monotonic()
        generate(folder, options.messages, options.contacts)
        print(f"generated {options.messages} messages in {time.monotonic() - started:.0f} s")
        places = [folder + "/Maildir", folder + "/archive.mbox", "--now", "2026-11-30T12:00"]
        print("| run | messages | time | peak memory |")
        print("|---|---|---|---|")
        for label in ["first sync (all new)", "second sync (all recorded)"]:
            elapsed, peak, out = run(options.binary, store, ["sync", "mail"] + places, env)
            print(f"| {label} | {options.messages:,} | {elapsed:.1f} s | {peak:.0f} MiB |")
            print("  " + " ".join(out.splitlines()[:2]))
        elapsed, peak, _ = run(options.binary, store, ["review", "--now", "2026-11-30T12:00"], env)
        print(f"| `review` on the store it left | - | {elapsed:.1f} s | {peak:.0f} MiB |")


if __name__ == "__main__":
    main()
