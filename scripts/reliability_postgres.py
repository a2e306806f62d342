#!/usr/bin/env python3
"""The team store under stress, on the throwaway server scripts/postgres.sh started
(RINGBACK_TEST_POSTGRES, PGPASSFILE, RINGBACK_TEST_PGDIR in the environment):

1. 8 processes x 100 logs at once, from two reps (Ana and Sam): every acknowledged touch is
   there once, marked with the rep who logged it.
2. kill -9 of clients at random moments of a write: every acknowledged touch is there, and
   every contact's record agrees with its touch rows (nothing half-written).
3. the server restarted in the middle of a run: every command either succeeded or failed
   with exit 2 and one line, and every acknowledged touch is there.
4. a write blocked by another rep's long change (Sam importing 30,000 leads): after a second
   it says whose change it waits on, gives up at lock-timeout with exit 2 and nothing kept,
   and goes through once the other change is done.

Usage: reliability_postgres.py --binary PATH [--kills N]. Exit 1 on any failure.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid

SERVER = os.environ.get("RINGBACK_TEST_POSTGRES")
PGDIR = os.environ.get("RINGBACK_TEST_PGDIR")
HERE = os.path.dirname(os.path.abspath(__file__))


def psql(database, sql):
    result = subprocess.run(["psql", f"{SERVER}/{database}", "-qAt", "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"psql {sql}: {result.stderr.strip()}")
    return result.stdout.strip()


def new_database():
    name = "r_" + uuid.uuid4().hex
    psql("postgres", f"CREATE DATABASE {name}")
    return name


def member_env(folder, member):
    config = os.path.join(folder, member)
    os.makedirs(os.path.join(config, "ringback"), exist_ok=True)
    with open(os.path.join(config, "ringback", "config.toml"), "w") as f:
        f.write(f'me = "{member}"\n')
    env = dict(os.environ, XDG_CONFIG_HOME=config, XDG_DATA_HOME=config, XDG_STATE_HOME=config, TZ="Europe/Paris")
    env.pop("RINGBACK_STORE", None)
    return env


def log_args(binary, database, who, note):
    return [binary, "log", who, "--outcome", "no-answer", "--note", note, "--store", f"{SERVER}/{database}"]


def touches(database):
    """note -> (rep, count) for every touch in the database."""
    rows = psql(database, "SELECT body->>'note', coalesce(body->>'by', ''), count(*) FROM touches GROUP BY 1, 2")
    found = {}
    for line in rows.splitlines():
        note, by, count = line.split("|")
        found[note] = (by, int(count))
    return found


def consistent(database):
    """Contacts whose record counts a different number of touches than their rows hold."""
    return psql(
        database,
        "SELECT count(*) FROM contacts c WHERE (c.record->'history'->>'touches')::int "
        "<> (SELECT count(*) FROM touches t WHERE t.contact = c.id)",
    )


def concurrent_reps(binary, folder, workers=8, each=100):
    database = new_database()
    envs = {m: member_env(folder, m) for m in ("Ana", "Sam")}
    acked, failures = {}, []

    def worker(w):
        member = "Ana" if w % 2 == 0 else "Sam"
        for j in range(each):
            note = f"w{w}-{j}"
            result = subprocess.run(log_args(binary, database, f"Worker {w}", note), env=envs[member], capture_output=True, text=True)
            if result.returncode == 0:
                acked[note] = member
            else:
                failures.append(f"{note}: {result.stderr.strip()}")

    started = time.time()
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - started
    found = touches(database)
    lost = [n for n in acked if n not in found]
    doubled = [n for n, (_, count) in found.items() if count != 1]
    wrong_rep = [n for n, member in acked.items() if n in found and found[n][0] != member]
    print(f"  two reps, {workers} processes x {each} logs at once in {elapsed:.1f} s: {len(acked)} acknowledged, "
          f"{len(found)} in the database, {len(lost)} lost, {len(doubled)} twice, {len(wrong_rep)} marked with the wrong rep, "
          f"{len(failures)} commands failed, {consistent(database)} contacts disagreeing with their touches")
    if failures or lost or doubled or wrong_rep or consistent(database) != "0":
        raise AssertionError(f"failures {failures[:3]} lost {lost[:3]} doubled {doubled[:3]} wrong rep {wrong_rep[:3]}")


def kill_clients(binary, folder, trials):
    database = new_database()
    env = member_env(folder, "Ana")
    rng = random.Random(20261130)
    # How long a log takes, to aim the kills across it.
    durations = []
    for i in range(5):
        started = time.time()
        subprocess.run(log_args(binary, database, "Calibration", f"c{i}"), env=env, capture_output=True)
        durations.append(time.time() - started)
    whole = sorted(durations)[2]
    acked, killed = set(), 0
    for i in range(trials):
        note = f"k{i}"
        process = subprocess.Popen(log_args(binary, database, f"Person {i % 5}", note), env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, whole * 1.2))
        if process.poll() is None:
            process.kill()
            killed += 1
        if process.wait() == 0:
            acked.add(note)
    found = touches(database)
    lost = [n for n in acked if n not in found]
    committed_unacked = len([n for n in found if n.startswith("k") and n not in acked])
    bad = consistent(database)
    after = subprocess.run(log_args(binary, database, "Person 0", "after"), env=env, capture_output=True, text=True)
    print(f"  kill -9: {trials} clients (a log takes {whole * 1000:.0f} ms; kills at 0-{whole * 1200:.0f} ms), {killed} killed mid-run, "
          f"{len(acked)} acknowledged, {len(lost)} lost, {committed_unacked} committed just before the kill, "
          f"{bad} contacts disagreeing with their touches, a log afterwards: exit {after.returncode}")
    if lost or bad != "0" or after.returncode != 0:
        raise AssertionError(f"lost {lost[:3]}, {bad} inconsistent, after: {after.stderr.strip()}")


def server_restart(binary, folder, workers=4, each=40):
    database = new_database()
    env = member_env(folder, "Sam")
    acked, failed, odd = {}, [], []
    restarted = threading.Event()

    def worker(w):
        for j in range(each):
            note = f"s{w}-{j}"
            result = subprocess.run(log_args(binary, database, f"Worker {w}", note), env=env, capture_output=True, text=True)
            if result.returncode == 0:
                acked[note] = True
            elif result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1:
                failed.append(result.stderr.strip())
                time.sleep(0.2)  # the server is coming back: try the next one a moment later
            else:
                odd.append(f"{note}: exit {result.returncode}: {result.stderr.strip()[:200]}")

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    time.sleep(1.5)
    subprocess.run(["bash", os.path.join(HERE, "postgres.sh"), "restart", PGDIR], check=True)
    restarted.set()
    for t in threads:
        t.join()
    found = touches(database)
    lost = [n for n in acked if n not in found]
    print(f"  server restarted mid-run: {workers} processes x {each} logs, {len(acked)} succeeded, {len(failed)} failed cleanly "
          f"(exit 2, one line, e.g. '{failed[0][-110:] if failed else '-'}'), {len(odd)} other outcomes, {len(lost)} lost, "
          f"{consistent(database)} contacts disagreeing with their touches")
    if lost or odd or consistent(database) != "0":
        raise AssertionError(f"lost {lost[:3]} odd {odd[:3]}")


def blocked_write(binary, folder, leads=30000, timeout=2):
    database = new_database()
    store = f"{SERVER}/{database}"
    ana, sam = member_env(folder, "Ana"), member_env(folder, "Sam")
    run = lambda args, env: subprocess.run([binary, *args, "--store", store], env=env, capture_output=True, text=True)
    for args in (["log", "Dana Ruiz", "--outcome", "vm", "--note", "first"], ["config", "lock-timeout", str(timeout)]):
        if run(args, ana).returncode != 0:
            raise AssertionError(f"{args} failed")
    csv = os.path.join(folder, "leads.csv")
    with open(csv, "w") as f:
        f.write("name,company,email\n" + "".join(f"Lead {i:05d},Co {i},lead{i}@example.com\n" for i in range(leads)))
    importer = subprocess.Popen([binary, "import", csv, "--store", store], env=sam, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while psql(database, "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'ringback: Sam: import%'") == "0":
        if importer.poll() is not None or time.time() > deadline:
            raise AssertionError("Sam's import never held the store")
        time.sleep(0.05)
    started = time.time()
    blocked = run(["log", "dana", "--outcome", "vm", "--note", "blocked"], ana)
    waited = time.time() - started
    still_importing = importer.poll() is None
    importer.wait()
    after = run(["log", "dana", "--outcome", "vm", "--note", "after"], ana)
    found = touches(database)
    print(f"  Ana's log while Sam imports {leads} leads: exit {blocked.returncode} after {waited:.1f} s (lock-timeout {timeout} s), "
          f"said: {blocked.stderr.strip().splitlines()[:1]}; kept: {'blocked' in found}; Sam's import exit {importer.returncode}; "
          f"Ana's next log exit {after.returncode}")
    if not still_importing:
        raise AssertionError("the import ended before the blocked log gave up: use more leads")
    if blocked.returncode != 2 or "blocked" in found or not timeout - 0.5 <= waited <= timeout + 3:
        raise AssertionError(f"the blocked log did not give up cleanly: {blocked.stderr.strip()}")
    said = blocked.stderr
    if "waiting for the team store: Sam's change (import" not in said or "still in use by Sam's change (import" not in said:
        raise AssertionError(f"the blocked log did not say whose change it waited on: {said.strip()}")
    if importer.returncode != 0 or after.returncode != 0 or "after" not in found:
        raise AssertionError(f"import {importer.returncode} {importer.stderr.strip()[:200]}; later log {after.stderr.strip()}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--kills", type=int, default=300)
    args = parser.parse_args()
    if not SERVER or not PGDIR:
        print("reliability_postgres: start a server first: eval \"$(bash scripts/postgres.sh start)\"")
        return 1
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="ringback-pg-reliability-") as folder:
        for name, check in (("concurrent reps", lambda: concurrent_reps(args.binary, folder)),
                            ("kill -9 of clients", lambda: kill_clients(args.binary, folder, args.kills)),
                            ("server restart", lambda: server_restart(args.binary, folder)),
                            ("a write blocked by another rep", lambda: blocked_write(args.binary, folder))):
            print(f"{name}:")
            try:
                check()
                passed += 1
            except AssertionError as error:
                print(f"  FAILED: {error}")
                failed += 1
    print(f"reliability (PostgreSQL): {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
