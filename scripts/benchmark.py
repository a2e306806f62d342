#!/usr/bin/env python3
"""Benchmark: whole-process time and peak memory of every action a user takes (log, show,
next, agenda, contacts, stats, undo, a `next` line in the shell) on stores of 1k, 10k and
100k contacts (about 10 touches each), beside taskwarrior's nearest command on the same
number of tasks, measured in the same run (install Debian's `taskwarrior` for that column).

The store is generated in the schema-2 layout of Ringback 0.4 and migrated by the first
command, which is timed too.

Usage: scripts/benchmark.py [--binary PATH] [--sizes 1000,10000,100000] [--runs 7]
Prints Markdown tables. Not a test: figures vary with the machine.
"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)
OUTCOMES = ["voicemail", "no-answer", "sent", "connected", "replied"]
CHANNELS = ["call", "email", "text"]


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def generate_store(path, count, seed=7):
    """A believable store: each contact has 6-14 touches over the past months."""
    rng = random.Random(seed)
    contacts = []
    written = 0
    with open(path + ".touches.jsonl", "w") as journal:
        for i in range(count):
            cid = f"person-{i}"
            created = NOW - dt.timedelta(days=rng.randint(30, 200))
            at = created
            touches = rng.randint(6, 14)
            last_real, attempts, last_outcome, last_channel = None, 0, None, None
            for n in range(touches):
                at += dt.timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 8))
                outcome = rng.choice(OUTCOMES)
                channel = rng.choice(CHANNELS)
                line = json.dumps({"at": iso(at), "channel": channel, "contact": cid, "id": str(uuid.UUID(int=rng.getrandbits(128))),
                                   "note": "left a message about the proposal", "outcome": outcome},
                                  separators=(",", ":"), sort_keys=True) + "\n"
                journal.write(line)
                written += len(line.encode())
                if outcome in ("connected", "replied"):
                    last_real, attempts = at, 0
                elif n > 0:
                    attempts += 1
                last_outcome, last_channel = outcome, channel
            history = {"touches": touches, "attemptDays": attempts, "lastTouch": iso(at), "lastOutcome": last_outcome, "lastChannel": last_channel}
            if last_real:
                history["lastRealContact"] = iso(last_real)
            contact = {"id": cid, "name": f"Person {i} Example", "company": f"Company {i % 997}", "context": "sales",
                       "email": f"person{i}@example.com", "status": "active", "tidbits": [], "commitments": [],
                       "history": history, "created": iso(created)}
            if i % 10 == 0:
                due = NOW + dt.timedelta(days=rng.randint(-3, 20), hours=rng.randint(0, 8))
                contact["commitments"] = [{"owner": "me", "what": "the proposal", "due": iso(due), "timed": True, "made": iso(at)}]
            contacts.append(contact)
    document = {"schemaVersion": 2, "settings": {}, "practice": [], "contacts": contacts, "journal": {"bytes": written, "touches": sum(c["history"]["touches"] for c in contacts)}}
    with open(path, "w") as f:
        json.dump(document, f, indent=1, sort_keys=True)


def generate_tasks(folder, count, seed=7):
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    entry = int((NOW - dt.timedelta(days=60)).timestamp())
    with open(os.path.join(folder, "pending.data"), "w") as f:
        for i in range(count):
            due = int((NOW + dt.timedelta(days=rng.randint(-3, 30))).timestamp())
            f.write(f'[description:"Call Person {i} Example" due:"{due}" entry:"{entry}" modified:"{entry}" '
                    f'project:"sales" status:"pending" uuid:"{uuid.UUID(int=rng.getrandbits(128))}"]\n')
    for name in ("completed.data", "undo.data", "backlog.data"):
        open(os.path.join(folder, name), "w").close()
    rc = os.path.join(folder, "taskrc")
    with open(rc, "w") as f:
        f.write(f"data.location={folder}\nconfirmation=no\ngc=off\nverbose=nothing\nhooks=off\n")
    return rc


def measure(command, env, runs, stdin=None):
    """Median wall time (ms) and the largest peak RSS (MiB) over `runs` runs, after one warm-up."""
    times, peaks = [], []
    for i in range(runs + 1):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, env=env)
        if stdin:
            process.stdin.write(stdin.encode())
            process.stdin.close()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        err = process.stderr.read().decode()
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(command)} failed: {err}")
        if i > 0:
            times.append(elapsed * 1000)
            peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


def folder_size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files) / 2**20


def start_postgres():
    """A throwaway server: the environment scripts/postgres.sh prints."""
    text = subprocess.run(["bash", os.path.join(ROOT, "scripts", "postgres.sh"), "start"], check=True, capture_output=True, text=True).stdout
    server = dict(item.split("=", 1) for item in text.replace("export ", "").split())
    os.environ["PGPASSFILE"] = server["PGPASSFILE"]
    return server


def stop_postgres(server):
    subprocess.run(["bash", os.path.join(ROOT, "scripts", "postgres.sh"), "stop", server["RINGBACK_TEST_PGDIR"]], check=True)


def measure_postgres(options, server, store, size, name, env, now):
    """The JSON store moved into a new database, then the same actions against it."""
    database = f"bench_{size}"
    subprocess.run(["psql", f"{server['RINGBACK_TEST_POSTGRES']}/postgres", "-qc", f"CREATE DATABASE {database}"], check=True)
    url = f"{server['RINGBACK_TEST_POSTGRES']}/{database}"
    # migrate gives the contacts an owner: the rep named in this machine's config.
    config = tempfile.mkdtemp(prefix="ringback-bench-config-")
    os.makedirs(os.path.join(config, "ringback"))
    with open(os.path.join(config, "ringback", "config.toml"), "w") as file:
        file.write('me = "Bench"\n')
    env = dict(env, XDG_CONFIG_HOME=config)
    started = time.perf_counter()
    subprocess.run([options.binary, "migrate", "--to", url, "--store", store], check=True, stdout=subprocess.DEVNULL, env=env)
    row = {"pg migrate": (time.perf_counter() - started) * 1000}
    ringback = [options.binary, "--store", url, *now]
    run = lambda *args: measure(ringback[:1] + list(args) + ringback[1:], env, options.runs)
    row["pg next"] = run("next")
    row["pg log"] = run("log", name, "--outcome", "voicemail")
    row["pg undo"] = run("undo")
    row["pg show"] = run("show", name)
    row["pg agenda"] = run("agenda")
    row["pg stats"] = run("stats")
    return row


def main():
    if sys.argv[1:2] == ["--generate-store"]:
        # Run in a child process so the measuring process stays small: a forked child's peak
        # RSS starts at its parent's, which would blur the figures.
        generate_store(sys.argv[2], int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "ringback"))
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--postgres", action="store_true",
                        help="also measure the team store on a throwaway local PostgreSQL server (scripts/postgres.sh)")
    options = parser.parse_args()
    server = start_postgres() if options.postgres else None
    env = dict(os.environ, TZ="UTC", XDG_CONFIG_HOME="/nonexistent/ringback-benchmark")
    now = ["--now", "2026-11-23T09:00"]
    has_task = shutil.which("task") is not None
    results = []
    for size in [int(s) for s in options.sizes.split(",")]:
        folder = tempfile.mkdtemp(prefix=f"ringback-bench-{size}-")
        store = os.path.join(folder, "store.json")
        subprocess.run([sys.executable, os.path.abspath(__file__), "--generate-store", store, str(size)], check=True)
        ringback = [options.binary, "--store", store, *now]
        started = time.perf_counter()
        subprocess.run(ringback[:1] + ["next"] + ringback[1:], check=True, stdout=subprocess.DEVNULL, env=env)
        migration = (time.perf_counter() - started) * 1000
        name = f"Person {size // 2} Example"
        run = lambda *args, **kw: measure(ringback[:1] + list(args) + ringback[1:], env, options.runs, **kw)
        row = {"size": size, "migration": migration}
        row["floor"] = measure([options.binary, "when", "tomorrow"], env, options.runs)
        row["log"] = run("log", name, "--outcome", "voicemail")
        row["undo"] = run("undo")
        row["show"] = run("show", name)
        row["next"] = run("next")
        row["agenda"] = run("agenda")
        row["agenda --json"] = run("agenda", "--json")
        row["contacts"] = run("contacts")
        row["contacts --json"] = run("contacts", "--json")
        row["stats"] = run("stats")
        lines = 21
        one = run(stdin="next\n")
        many = run(stdin="next\n" * lines)
        row["shell line"] = ((many[0] - one[0]) / (lines - 1), many[1])
        row["store MiB"] = folder_size(os.path.join(folder, "store.d"))
        if has_task:
            rc = generate_tasks(os.path.join(folder, "task"), size)
            task = lambda *args: measure(["task", f"rc:{rc}", *args], env, options.runs)
            row["task add"] = task("add", "Call Person Example")
            row["task info"] = task(str(size // 2), "info")
            row["task next"] = task("next")
            row["task list"] = task("list")
            row["task summary"] = task("summary")
            row["task undo"] = task("undo")
        if server:
            row.update(measure_postgres(options, server, store, size, name, env, now))
        results.append(row)
        shutil.rmtree(folder, ignore_errors=True)
        print(f"measured {size} contacts", file=sys.stderr)

    actions = [("log", "task add"), ("show", "task info"), ("next", "task next"), ("agenda", None), ("agenda --json", None),
               ("contacts", "task list"), ("contacts --json", None),
               ("stats", "task summary"), ("undo", "task undo"), ("shell line", None)]
    sizes = [row["size"] for row in results]
    print("Median whole-process time (peak RSS); the shell line is the cost of one more `next` line in a piped session.")
    print()
    print("| action | " + " | ".join(f"{size:,} contacts" for size in sizes) + " | taskwarrior's nearest | " +
          " | ".join(f"ratio at {size:,}" for size in sizes) + " |")
    print("|---|" + "---:|" * len(sizes) + "---|" + "---:|" * len(sizes))
    for action, peer in actions:
        cells = []
        ratios = []
        for row in results:
            ms, mb = row[action]
            cells.append(f"{ms:.0f} ms ({mb:.0f} MiB)")
            if peer and peer in row:
                ratios.append(f"{ms / row[peer][0]:.2f}x of {row[peer][0]:.0f} ms")
            else:
                ratios.append("")
        label = "`" + ("ringback` piped, one more `next`" if action == "shell line" else action + "`")
        print(f"| {label} | " + " | ".join(cells) + f" | {('`' + peer + '`') if peer else ''} | " + " | ".join(ratios) + " |")
    print()
    print("| contacts | process floor (`when tomorrow`) | `next` minus floor | first command (migrates from schema 2) | store.d size |")
    print("|---:|---:|---:|---:|---:|")
    for row in results:
        print(f"| {row['size']:,} | {row['floor'][0]:.0f} ms | {row['next'][0] - row['floor'][0]:.0f} ms | "
              f"{row['migration'] / 1000:.1f} s | {row['store MiB']:.0f} MiB |")
    if server:
        stop_postgres(server)
        print()
        print("The team store on a local PostgreSQL server (same machine, loopback TCP, password from a password file),"
              " beside the JSON store above:")
        print()
        print("| action | " + " | ".join(f"{size:,} contacts: PostgreSQL / JSON" for size in sizes) + " |")
        print("|---|" + "---:|" * len(sizes))
        for action in ("next", "log", "show", "agenda", "stats", "undo"):
            cells = [f"{row['pg ' + action][0]:.0f} ms / {row[action][0]:.0f} ms" for row in results]
            print(f"| `{action}` | " + " | ".join(cells) + " |")
        print("| `migrate --to` (one-off) | " + " | ".join(f"{row['pg migrate'] / 1000:.1f} s" for row in results) + " |")


if __name__ == "__main__":
    main()
