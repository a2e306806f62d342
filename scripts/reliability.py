#!/usr/bin/env python3
"""Proves the store loses nothing, with real processes and no mocks.

1. kill -9 in the middle of `ringback log`, 1,000 trials aimed across the run, most of them
   at its end where it writes: every file parses, every acknowledged write (exit 0 before
   the kill) is there, and each kill is classed by what it left behind (a change record
   not yet applied, a temporary file: inside the write window; nothing: before or after).
2. 8 processes x 100 `ringback log` at the same time, with readers (`next`, `show`,
   `contacts`, `stats`) and an `undo`/`redo` process racing them: every reader succeeds,
   and each worker's touches are exactly its logs minus what undo reported undoing plus
   what redo put back; the store passes the schema validator.
3. 4 processes x 30 `ringback log` on one contact while another thread deletes the lock
   file every 10 ms (a sync tool, a cleanup script): every log succeeds and is stored once.
4. Truncated, garbage, empty and newer-version store files, and a damaged contact file:
   clear error, exit 2, file byte-identical afterwards; `restore` repairs the contact file.
5. Int.max and -1 in every number of every store file, one at a time: no command ends on a
   signal, each says where (exit 2), and `restore` leaves a store that works.
6. Control characters (ESC sequences, an OSC title, BEL, DEL, a C1 CSI) in every field a
   user types: no report writes one raw to the terminal.
7. Copies that do not belong together (an older store.d, an older store.json), a sync
   tool's conflict copies, and a read-only folder (as an unprivileged user): refused or
   warned, exit 2 and nothing changed; `restore` leaves a store that logs again.
8. `sync mail` of 2,000 messages killed with kill -9 mid-run, 8 times from a fresh store,
   then run to the end twice: each message is recorded exactly once.

Prints figures as it goes and ends with 'reliability: N passed, N failed'.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ENV = dict(os.environ, TZ="UTC", XDG_CONFIG_HOME="/nonexistent/ringback-reliability")


def run(binary, store, *args):
    return subprocess.run([binary, *args, "--store", store], capture_output=True, text=True, env=ENV)


def exported_notes(binary, store):
    result = run(binary, store, "export", "--format", "json")
    if result.returncode != 0:
        raise AssertionError(f"export failed ({result.returncode}): {result.stderr.strip()}")
    if os.path.exists(store):
        with open(store) as f:
            json.load(f)  # the store file itself must parse
    return [t.get("note") for t in json.loads(result.stdout)["touches"]]


def write_window_evidence(store, pid):
    """What process `pid`, killed, left: 'pending' (its change record, not yet applied),
    'temporary' (a file of its own half-written), or None (killed before writing, or after)."""
    folder = store[:-5] + ".d"
    try:
        with open(store) as f:
            generation = json.load(f)["generation"]
    except FileNotFoundError:
        generation = 0
    if os.path.exists(os.path.join(folder, "changes", f"{generation + 1}.json")):
        return "pending"
    for directory, _, files in os.walk(os.path.dirname(store)):
        if any(name.endswith(f".tmp.{pid}") for name in files):
            return "temporary"
    return None


def kill_trials(binary, folder, trials):
    store = os.path.join(folder, "killed.json")
    acknowledged, killed = [], 0
    evidence = {"pending": 0, "temporary": 0, None: 0}
    rng = random.Random(20261122)
    # A log's write window starts when its change record is being written and ends when the
    # store file is replaced (about 4 ms here, the file system's clock granularity). Seven kills
    # in ten wait for the record to appear and land 0-8 ms after it; the rest anywhere in a run.
    calibrate = os.path.join(folder, "calibrate.json")
    durations = []
    for _ in range(5):
        started = time.time()
        run(binary, calibrate, "log", "Calibrate", "--outcome", "voicemail")
        durations.append(time.time() - started)
    whole = sorted(durations)[2]
    changes = os.path.join(folder, "killed.d", "changes")
    for i in range(trials):
        note = f"kill-{i}"
        try:
            with open(store) as f:
                generation = json.load(f)["generation"]
        except (FileNotFoundError, ValueError, KeyError):
            generation = 0
        aimed = rng.random() < 0.7
        process = subprocess.Popen(
            [binary, "log", f"Contact {i % 7}", "--outcome", "voicemail", "--note", note, "--store", store,
             "--now", f"2026-11-{10 + i % 10:02d}T10:00"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
        if aimed:
            record, deadline = os.path.join(changes, f"{generation + 1}.json"), time.time() + 3 * whole
            while time.time() < deadline and process.poll() is None and not os.path.exists(record) and not any(
                    name.endswith(f".tmp.{process.pid}") for name in (os.listdir(changes) if os.path.isdir(changes) else [])):
                pass
            time.sleep(rng.uniform(0.0, 0.008))
        else:
            time.sleep(rng.uniform(0.0, 1.2 * whole))
        status = process.poll()
        if status is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            killed += 1
            evidence[write_window_evidence(store, process.pid)] += 1
        elif status == 0:
            acknowledged.append(note)
        else:
            raise AssertionError(f"trial {i}: log failed with {status}: {process.stderr.read().decode()}")
        process.stderr.close()
        notes = exported_notes(binary, store)
        missing = [n for n in acknowledged if n not in notes]
        if missing:
            raise AssertionError(f"trial {i}: acknowledged writes lost: {missing[:5]}")
    notes = exported_notes(binary, store)
    validate(store)
    # One more write: what a killed write left half-done is cleared by the next one.
    if run(binary, store, "log", "Contact 0", "--outcome", "voicemail").returncode != 0:
        raise AssertionError("a write after the trials failed")
    litter = [name for _, _, files in os.walk(folder) for name in files if ".tmp." in name]
    if litter:
        raise AssertionError(f"half-written files left behind: {litter[:5]}")
    inside = evidence["pending"] + evidence["temporary"]
    print(f"  kill -9: {trials} trials (a log takes {whole * 1000:.0f} ms; 7 in 10 aimed at 0-8 ms after its change record appears, "
          f"the rest at 0-{1.2 * whole * 1000:.0f} ms), {killed} killed mid-run: "
          f"{inside} inside the write window ({evidence['pending']} after the change record was flushed, finished at the next "
          f"start; {evidence['temporary']} while a file was half-written), {evidence[None]} before or after it; "
          f"{len(acknowledged)} acknowledged, {len(notes)} touches in the store, 0 lost, every file parsed after every trial")
    if inside == 0:
        raise AssertionError("no kill landed inside the write window: the trials prove nothing")


def validate(store):
    result = subprocess.run([sys.executable, os.path.join(HERE, "validate_store.py"), store], capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"the store fails the schema: {result.stdout.strip()[-300:]}")


def concurrent_writers(binary, folder, workers, each):
    store = os.path.join(folder, "concurrent.json")
    failures = []
    done = threading.Event()
    undone, redone, reads = {}, {}, [0]

    def worker(w):
        for j in range(each):
            result = run(binary, store, "log", f"Worker {w}", "--outcome", "no-answer", "--note", f"w{w}-{j}")
            if result.returncode != 0:
                failures.append(f"w{w}-{j}: {result.stderr.strip()}")

    def reader():
        commands = [["next"], ["show", "Worker 1"], ["contacts", "--json"], ["stats", "--json"]]
        while not done.is_set():
            args = commands[reads[0] % len(commands)]
            result = run(binary, store, *args)
            if result.returncode != 0 and not (args[0] == "show" and "no contact matches" in result.stderr):
                failures.append(f"reader {args}: {result.returncode} {result.stderr.strip()}")
            reads[0] += 1

    def undoer():
        while not done.is_set():
            for verb, counts in (("undo", undone), ("redo", redone)):
                result = run(binary, store, verb, "--json")
                if result.returncode != 0:
                    failures.append(f"{verb}: {result.stderr.strip()}")
                    continue
                step = next(iter(json.loads(result.stdout).values()))
                if step:
                    who = step["step"]["summary"].rsplit(" to ", 1)[-1]
                    counts[who] = counts.get(who, 0) + 1
            time.sleep(0.05)

    started = time.time()
    helpers = [threading.Thread(target=reader) for _ in range(2)] + [threading.Thread(target=undoer)]
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(workers)]
    for t in helpers + threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    for t in helpers:
        t.join()
    elapsed = time.time() - started
    if failures:
        raise AssertionError(f"{len(failures)} commands failed: {failures[:3]}")
    notes = exported_notes(binary, store)
    if len(notes) != len(set(notes)):
        raise AssertionError("a touch is in the store twice")
    wrong = []
    for w in range(workers):
        name = f"Worker {w}"
        expected = each - undone.get(name, 0) + redone.get(name, 0)
        present = sum(1 for n in notes if n.startswith(f"w{w}-"))
        if present != expected:
            wrong.append(f"{name}: {present} touches, expected {each} - {undone.get(name, 0)} undone + {redone.get(name, 0)} redone")
    validate(store)
    print(f"  concurrency: {workers} processes x {each} logs in {elapsed:.1f} s, with {reads[0]} reads, "
          f"{sum(undone.values())} undos and {sum(redone.values())} redos racing them: {len(notes)} touches, "
          f"{len(wrong)} workers off by a touch not accounted for by undo or redo, 0 commands failed")
    if wrong:
        raise AssertionError("; ".join(wrong[:3]))


def lock_file_removed(binary, folder, workers=4, each=30):
    store = os.path.join(folder, "unlocked.json")
    assert run(binary, store, "log", "Dana Ruiz", "--outcome", "connected", "--note", "first").returncode == 0
    failures, done, removals = [], threading.Event(), [0]

    def worker(w):
        for j in range(each):
            result = run(binary, store, "log", "Dana Ruiz", "--outcome", "no-answer", "--note", f"w{w}-{j}")
            if result.returncode != 0:
                failures.append(f"w{w}-{j}: {result.stderr.strip()}")

    def remover():
        while not done.is_set():
            try:
                os.unlink(store + ".lock")
                removals[0] += 1
            except FileNotFoundError:
                pass
            time.sleep(0.01)

    cleaner = threading.Thread(target=remover)
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(workers)]
    cleaner.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    cleaner.join()
    notes = exported_notes(binary, store)
    logged = [n for n in notes if n and n.startswith("w")]
    lost = workers * each - len(failures) - len(set(logged))
    print(f"  lock file removed {removals[0]} times under {workers} x {each} writers on one contact: "
          f"{len(set(logged))} of {workers * each} stored, {lost} lost, {len(logged) - len(set(logged))} twice, "
          f"{len(failures)} commands failed")
    if failures or lost or len(logged) != len(set(logged)):
        raise AssertionError(f"{len(failures)} failed ({failures[:2]}), {lost} lost")
    validate(store)


def restore_then_log(binary, store, person, name):
    """Runs `restore`, then a log: both must succeed. Returns restore's result."""
    restored = run(binary, store, "restore")
    again = run(binary, store, "log", person, "--outcome", "vm")
    if restored.returncode != 0 or again.returncode != 0:
        raise AssertionError(f"{name}: restore {restored.stdout.strip()} {restored.stderr.strip()!r}, "
                             f"then log {again.stderr.strip()!r}")
    return restored


def damaged_files(binary, folder):
    good = os.path.join(folder, "good.json")
    for i in range(3):
        assert run(binary, good, "log", f"Person {i}", "--outcome", "connected").returncode == 0
    text = open(good, "rb").read()
    newer = text.replace(b'"schemaVersion" : 3', b'"schemaVersion" : 7')
    assert newer != text
    cases = {"truncated": text[: len(text) // 2], "garbage": os.urandom(300), "empty": b"", "newer version": newer}
    for name, data in cases.items():
        path = os.path.join(folder, name.replace(" ", "-") + ".json")
        with open(path, "wb") as f:
            f.write(data)
        for args in (["log", "Person 1", "--outcome", "voicemail"], ["next"], ["undo"], ["agenda", "--json"]):
            result = run(binary, path, *args)
            if result.returncode != 2 or not result.stderr.startswith("ringback: " + path):
                raise AssertionError(f"{name} / {args[0]}: exit {result.returncode}, stderr {result.stderr.strip()!r}")
            if open(path, "rb").read() != data:
                raise AssertionError(f"{name} / {args[0]}: the file changed")
        print(f"  {name} store: exit 2, '{result.stderr.strip()[:90]}...', file unchanged")
    contact = os.path.join(folder, "good.d", "contacts", "person-1.json")
    data = open(contact, "rb").read()[:40]
    with open(contact, "wb") as f:
        f.write(data)
    result = run(binary, good, "log", "Person 1", "--outcome", "voicemail")
    if result.returncode != 2 or contact not in result.stderr or open(contact, "rb").read() != data:
        raise AssertionError(f"damaged contact file: exit {result.returncode}, {result.stderr.strip()!r}")
    restored = restore_then_log(binary, good, "Person 1", "damaged contact file")
    print(f"  damaged contact file: exit 2 naming it, file unchanged; `restore`: '{restored.stdout.strip()[:80]}...', then logging works")


def numbers_out_of_range(binary, folder):
    template = os.path.join(folder, "numbers-template")
    os.makedirs(template)
    store = os.path.join(template, "store.json")
    for i, outcome in enumerate(["connected", "voicemail", "no-answer"]):
        assert run(binary, store, "log", f"Person {i % 2}", "--outcome", outcome, "--note", f"n{i}").returncode == 0
    assert run(binary, store, "practice", "told", "--reply", "Understood, I'll take you off my list.").returncode == 0
    run(binary, store, "config", "lock-timeout", "5")
    files = [os.path.join(d, f) for d, _, fs in os.walk(template) for f in fs if f.endswith(".json")]

    def numbers(value, path=()):
        if isinstance(value, bool):
            return
        if isinstance(value, int):
            yield path
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from numbers(item, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from numbers(item, path + (index,))

    trials = signals = 0
    for file in files:
        relative = os.path.relpath(file, template)
        for field in list(numbers(json.load(open(file)))):
            for bad in (9223372036854775807, -1):
                trial = os.path.join(folder, f"numbers-{trials}")
                shutil.copytree(template, trial)
                target = os.path.join(trial, relative)
                document = json.load(open(target))
                holder = document
                for key in field[:-1]:
                    holder = holder[key]
                holder[field[-1]] = bad
                with open(target, "w") as f:
                    json.dump(document, f)
                trial_store = os.path.join(trial, "store.json")
                for args in (["next"], ["show", "Person 0"], ["log", "Person 1", "--outcome", "vm"], ["restore"], ["next"]):
                    result = run(binary, trial_store, *args)
                    if result.returncode < 0 or result.returncode > 2:
                        signals += 1
                        raise AssertionError(f"{relative} {field} = {bad}: {args[0]} ended with {result.returncode}: "
                                             f"{result.stderr.strip()[-200:]}")
                if run(binary, trial_store, "log", "Person 1", "--outcome", "vm").returncode != 0:
                    raise AssertionError(f"{relative} {field} = {bad}: logging fails after restore")
                shutil.rmtree(trial)
                trials += 1
    print(f"  numbers out of range: {trials} trials ({len(files)} files, Int.max and -1 in each number), "
          f"{signals} signal exits, logging works after restore every time")


def control_characters(binary, folder):
    store = os.path.join(folder, "controls.json")
    nasty = "x\x1b[2J\x1b]0;title\x07\x7f\u009b31my"
    fields = {"--company": nasty, "--email": "e" + nasty + "@x.test", "--phone": "+1" + nasty, "--note": nasty,
              "--owe": "the quote " + nasty, "--tag": "t" + nasty}
    args = ["log", "Eve Control", "--outcome", "connected", "--owe-by", "tomorrow"]
    for option, value in fields.items():
        args += [option, value]
    first = run(binary, store, *args)
    if first.returncode != 0:
        raise AssertionError(f"log: {first.stderr.strip()}")
    reports = [["next"], ["agenda"], ["agenda", "--owed"], ["contacts"], ["show", "Eve Control"], ["touches", "Eve Control"],
               ["stats"], ["search", "quote"], ["undo", "--list"], ["log", "Eve Control", "--outcome", "vm"]]
    results = [("log", first)] + [(report[0], run(binary, store, *report)) for report in reports]
    raw = [name for name, result in results
           if any(c in result.stdout + result.stderr for c in ("\x1b", "\x07", "\x7f", "\u009b"))]
    print(f"  control characters in {len(fields)} fields through {len(reports) + 1} commands: "
          f"{len(raw)} wrote one raw ({', '.join(raw) or 'none'})")
    if raw:
        raise AssertionError(f"raw control characters from {raw}")


def mismatched_copies(binary, folder):
    def fresh(name):
        store = os.path.join(folder, name, "store.json")
        os.makedirs(os.path.dirname(store))
        for i in range(2):
            assert run(binary, store, "log", "Person 0", "--outcome", "vm").returncode == 0
        return store

    def touches(store):
        return len(json.loads(run(binary, store, "show", "Person 0", "--json").stdout)["timeline"])

    def refused(store, name, words):
        def files():  # the lock's note (the last holder's process id) aside
            return {os.path.join(d, f): open(os.path.join(d, f), "rb").read()
                    for d, _, fs in os.walk(os.path.dirname(store)) for f in fs if not f.endswith(".lock")}
        before = files()
        result = run(binary, store, "log", "Person 0", "--outcome", "vm")
        after = files()
        if result.returncode != 2 or words not in result.stderr or before != after:
            changed = sorted(set(before) ^ set(after) | {f for f in before if before[f] != after.get(f)})
            raise AssertionError(f"{name}: exit {result.returncode}, {result.stderr.strip()!r}, files changed: {changed}")
        restored = restore_then_log(binary, store, "Person 0", name)
        print(f"  {name}: exit 2 ('...{words}...'), nothing changed; restore: '{restored.stdout.strip()[:70]}...', {touches(store)} touches")

    store = fresh("older-folder")
    shutil.copytree(store[:-5] + ".d", store + ".old.d")
    assert run(binary, store, "log", "Person 0", "--outcome", "vm").returncode == 0
    shutil.rmtree(store[:-5] + ".d")
    os.rename(store + ".old.d", store[:-5] + ".d")
    refused(store, "older store.d", "is older than")

    store = fresh("older-file")
    old = open(store, "rb").read()
    for i in range(2):
        assert run(binary, store, "log", "Person 0", "--outcome", "vm").returncode == 0
    open(store, "wb").write(old)
    refused(store, "older store.json", "is older than")

    store = fresh("conflicts")
    copy = os.path.join(os.path.dirname(store), "store (conflicted copy 2026-12-04 101010).json")
    shutil.copy(store, copy)
    contact = os.path.join(store[:-5] + ".d", "contacts", "person-0.json")
    shutil.copy(contact, contact[:-5] + ".sync-conflict-20261204-101010-ABCDEF7.json")
    shutil.rmtree(store[:-5] + ".d/index")
    shown = run(binary, store, "contacts", "--json")
    if "conflict copy" not in shown.stderr or len(json.loads(shown.stdout)) != 1 or touches(store) != 2:
        raise AssertionError(f"conflict copies: {shown.stderr.strip()!r} {shown.stdout[:200]!r}")
    print(f"  conflict copies: warned ('{shown.stderr.strip()[:60]}...'), each contact read once")

    # A folder the user cannot write: as an unprivileged user (root writes anywhere).
    store = fresh("read-only")
    top = os.path.dirname(store)
    drop = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if os.geteuid() == 0 else []
    if drop:
        subprocess.run(["chown", "-R", "nobody:nogroup", top], check=True)
        os.chmod(folder, 0o755)
    os.chmod(top, 0o555)
    result = subprocess.run(drop + [binary, "log", "Person 0", "--outcome", "vm", "--store", store], capture_output=True,
                            text=True, env=ENV)
    os.chmod(top, 0o755)
    if result.returncode != 2 or "nothing was changed" not in result.stderr or touches(store) != 2:
        raise AssertionError(f"read-only folder: exit {result.returncode}, {result.stderr.strip()!r}, {touches(store)} touches")
    print(f"  read-only folder: exit 2 ('{result.stderr.strip()[:80]}...'), still 2 touches after the next command")


def sync_killed(binary, folder, trials=8, messages=2000, contacts=200):
    """`sync mail` killed with kill -9 at random points, then run to the end: each message is
    recorded exactly once (issue #26)."""
    mail = os.path.join(folder, "sync-mail")
    os.makedirs(os.path.join(mail, "new"))
    os.makedirs(os.path.join(mail, "cur"))
    me = "sam@brightline.example"
    for index in range(messages):
        person = f"person{index % contacts}@client.example"
        sender, to = (me, person) if index % 2 == 0 else (person, me)
        with open(os.path.join(mail, "new", f"{index}.reliability:2,"), "w") as file:
            file.write(f"From: {sender}\nTo: {to}\nSubject: note {index}\nMessage-ID: <{index}@reliability.example>\n"
                       f"Date: {1 + index % 27:02d} Nov 2026 10:00:00 +0000\n\nThanks, talk soon.\n")
    store = os.path.join(folder, "sync.json")
    env = dict(ENV, XDG_CONFIG_HOME=os.path.join(folder, "sync-config"))
    csv = os.path.join(folder, "sync-contacts.csv")
    with open(csv, "w") as file:
        file.write("Name,Email\n" + "".join(f"Person {i},person{i}@client.example\n" for i in range(contacts)))
    for args in (["import", csv], ["config", "email", me]):
        result = subprocess.run([binary, *args, "--store", store], capture_output=True, text=True, env=env)
        if result.returncode != 0:
            raise AssertionError(f"{args[0]} failed: {result.stderr}")
    pristine = os.path.join(folder, "sync-pristine")
    shutil.copytree(os.path.join(folder, "sync.d"), os.path.join(pristine, "sync.d"))
    shutil.copy(store, os.path.join(pristine, "sync.json"))

    def fresh():
        """The store as imported, before any sync: each trial kills a sync that has everything to write."""
        for name in ("sync.json", "sync.d"):
            path = os.path.join(folder, name)
            shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else os.path.exists(path) and os.remove(path)
            source = os.path.join(pristine, name)
            shutil.copytree(source, path) if os.path.isdir(source) else shutil.copy(source, path)

    command = [binary, "sync", "mail", mail, "--store", store, "--now", "2026-11-30T12:00"]
    started = time.time()
    if subprocess.run(command, capture_output=True, env=env).returncode != 0:
        raise AssertionError("a sync failed")
    whole = time.time() - started
    rng = random.Random(2026)
    killed = 0
    for trial in range(trials):
        fresh()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.5, 1.1) * whole)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        exported_notes(binary, store)  # every file still parses
        for _ in range(2):  # to the end, then once more: nothing is added twice
            if subprocess.run(command, capture_output=True, env=env).returncode != 0:
                raise AssertionError(f"trial {trial}: the sync after the kill failed")
        touches = [t for t in json.loads(run(binary, store, "export", "--format", "json").stdout)["touches"] if t["id"].startswith("mail-")]
        ids = [t["id"] for t in touches]
        if len(ids) != messages or len(set(ids)) != messages:
            raise AssertionError(f"trial {trial}: {len(ids)} mail touches ({len(set(ids))} different) for {messages} messages")
    validate(store)
    print(f"  {trials} syncs of {messages} messages into the same fresh store (a sync takes {whole * 1000:.0f} ms), each killed at "
          f"0.5 to 1.1 times that ({killed} killed mid-run), then run to the end twice: {messages} touches each time, each message "
          f"exactly once, every file parsed after every kill")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--each", type=int, default=100)
    options = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="ringback-reliability-")
    checks = [
        ("kill -9 during log", lambda: kill_trials(options.binary, folder, options.trials)),
        ("concurrent writers", lambda: concurrent_writers(options.binary, folder, options.workers, options.each)),
        ("lock file removed", lambda: lock_file_removed(options.binary, folder)),
        ("damaged store files", lambda: damaged_files(options.binary, folder)),
        ("numbers out of range", lambda: numbers_out_of_range(options.binary, folder)),
        ("control characters", lambda: control_characters(options.binary, folder)),
        ("copies that do not belong together", lambda: mismatched_copies(options.binary, folder)),
        ("kill -9 during sync mail", lambda: sync_killed(options.binary, folder)),
    ]
    passed = failed = 0
    for name, check in checks:
        print(f"{name}:")
        try:
            check()
            passed += 1
        except AssertionError as error:
            print(f"  FAILED: {error}")
            failed += 1
    shutil.rmtree(folder, ignore_errors=True)
    print(f"reliability: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
