#!/usr/bin/env python3
"""Benchmark: whole-process time and peak memory of `ringback next` and `ringback agenda --json`
on stores of 1k, 10k and 100k contacts (about 10 touches each), beside taskwarrior's
`task next` on the same number of pending tasks, measured in the same run.

Usage: scripts/benchmark.py [--binary PATH] [--sizes 1000,10000,100000] [--runs 7]
Prints a Markdown table. Not a test: figures vary with the machine.
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


def measure(command, env, runs):
    """Median wall time (ms) and the largest peak RSS (MiB) over `runs` runs, after one warm-up."""
    times, peaks = [], []
    for i in range(runs + 1):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
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
    options = parser.parse_args()
    env = dict(os.environ, TZ="UTC", XDG_CONFIG_HOME="/nonexistent/ringback-benchmark")
    now = ["--now", "2026-11-23T09:00"]
    has_task = shutil.which("task") is not None
    rows = []
    for size in [int(s) for s in options.sizes.split(",")]:
        folder = tempfile.mkdtemp(prefix=f"ringback-bench-{size}-")
        store = os.path.join(folder, "store.json")
        subprocess.run([sys.executable, os.path.abspath(__file__), "--generate-store", store, str(size)], check=True)
        # The first report builds the next-step index from the full store; time it once.
        started = time.perf_counter()
        subprocess.run([options.binary, "next", "--store", store, *now], check=True, stdout=subprocess.DEVNULL, env=env)
        rebuild = (time.perf_counter() - started) * 1000
        next_ms, next_mb = measure([options.binary, "next", "--store", store, *now], env, options.runs)
        agenda_ms, agenda_mb = measure([options.binary, "agenda", "--json", "--store", store, *now], env, options.runs)
        index_mb = os.path.getsize(store + ".index.tsv") / 2**20
        store_mb = os.path.getsize(store) / 2**20
        journal_mb = os.path.getsize(store + ".touches.jsonl") / 2**20
        task_ms = task_mb = None
        if has_task:
            rc = generate_tasks(os.path.join(folder, "task"), size)
            task_ms, task_mb = measure(["task", f"rc:{rc}", "next"], env, options.runs)
        rows.append((size, next_ms, next_mb, agenda_ms, agenda_mb, task_ms, task_mb, index_mb, store_mb, journal_mb, rebuild))
        shutil.rmtree(folder, ignore_errors=True)
        print(f"measured {size} contacts", file=sys.stderr)

    print("| contacts | `next` median | `next` peak RSS | `agenda --json` median | `agenda` peak RSS | `task next` median | `task next` peak RSS | `next` vs `task next` | index read by `next` | peak RSS / index | store.json | touch journal | first run (index rebuild) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, next_ms, next_mb, agenda_ms, agenda_mb, task_ms, task_mb, index_mb, store_mb, journal_mb, rebuild in rows:
        task = f"{task_ms:.0f} ms" if task_ms else "n/a"
        task_rss = f"{task_mb:.0f} MiB" if task_mb else "n/a"
        ratio = f"{next_ms / task_ms:.2f}x" if task_ms else "n/a"
        print(f"| {size:,} | {next_ms:.0f} ms | {next_mb:.0f} MiB | {agenda_ms:.0f} ms | {agenda_mb:.0f} MiB | {task} | {task_rss} | {ratio} | "
              f"{index_mb:.1f} MiB | {next_mb / index_mb:.1f}x | {store_mb:.1f} MiB | {journal_mb:.1f} MiB | {rebuild:.0f} ms |")


if __name__ == "__main__":
    main()
