#!/usr/bin/env python3
"""Benchmark of a team on one database (issue #27): REPS reps sharing CONTACTS contacts
(about 10 touches each) on a throwaway local PostgreSQL server (scripts/postgres.sh).

The team database is made the way a team would make it, then grown in SQL: a JSON store of
CONTACTS / COPIES contacts is generated (benchmark.py --generate-store) and brought in by
`ringback migrate --to`; its contacts, touches and next steps are copied COPIES times over
under new ids and names, then spread over the reps (owner, each touch's `by`, each contact's
per-rep figures and promise marks), as if each rep had logged their own; each rep's sums are then
added up again by the first command that reads them (the warm-up run). Then
every action is measured as one rep: whole-process time (median of --runs after a warm-up)
and peak memory, then run once more with auto_explain to print the plan of every statement
over 20 ms.

Usage: scripts/benchmark_team.py [--binary PATH] [--contacts 1000000] [--copies 10] [--reps 50] [--runs 5] [--only next,log]
       [--keep FILE]   (leave the database up; then --again FILE measures it again without making it)
Prints a Markdown table. Not a test: figures vary with the machine. Takes long at 1,000,000
(generating and migrating dominate); keep it out of CI.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from benchmark import ROOT, measure, start_postgres, stop_postgres

NOW = ["--now", "2026-11-23T09:00"]

# (action, arguments, target in ms from issue #27)
ACTIONS = [
    ("next", ["next"], 100),
    ("log", ["log", "{name}", "--outcome", "voicemail"], 100),
    ("show", ["show", "{name}"], 100),
    ("agenda", ["agenda"], 200),
    ("contacts --team (first page)", ["contacts", "--team", "--page", "1"], 300),
    ("stats --team", ["stats", "--team"], 1000),
    ("review --team", ["review", "--team"], 1000),
]


def psql(url, sql):
    return subprocess.run(["psql", url, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, capture_output=True, text=True).stdout


def once(command, env):
    """Wall time (ms) and peak memory (MiB) of one run."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return (time.perf_counter() - started) * 1000, usage.ru_maxrss / 1024


def as_superuser(server, sql):
    """Runs SQL as the server's superuser, over its local socket (as scripts/postgres.sh does)."""
    port = server["RINGBACK_TEST_POSTGRES"].rsplit(":", 1)[1]
    command = [os.path.join(server["RINGBACK_TEST_PGBIN"], "psql"), "-h", server["RINGBACK_TEST_PGDIR"], "-p", port, "-U", "postgres",
               "-d", "team", "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql]
    subprocess.run((["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []) + command, check=True, capture_output=True)


def rep_config(folder, rep):
    config = os.path.join(folder, rep.replace(" ", "-"))
    os.makedirs(os.path.join(config, "ringback"), exist_ok=True)
    with open(os.path.join(config, "ringback", "config.toml"), "w") as file:
        file.write(f'me = "{rep}"\n')
    return config


def replicate(url, times):
    """Makes `times` copies of every contact (with its touches and next steps) under new ids and
    names, in SQL: a million contacts in minutes rather than a million generated and migrated."""
    if times <= 1:
        return
    copy = "generate_series(1, %d) k" % (times - 1)
    new_id = "(id || '-x' || k)"
    psql(url, f"""
        INSERT INTO contacts (id, name, key, company, status, owner, record, figures, quiet_since)
        SELECT {new_id}, name || ' ' || k, key || ' ' || k, company, status, owner,
            record || jsonb_build_object('id', {new_id}, 'name', name || ' ' || k), figures, quiet_since
        FROM contacts, {copy}""")
    psql(url, f"""
        INSERT INTO touches (id, contact, position, at, body, by, outcome, set_next)
        SELECT {new_id}, contact || '-x' || k, position, at,
            body || jsonb_build_object('id', {new_id}, 'contact', contact || '-x' || k), by, outcome, set_next
        FROM touches, {copy}""")
    psql(url, f"""
        INSERT INTO promise_marks (contact, owner, kind, at)
        SELECT contact || '-x' || k, owner, kind, at FROM promise_marks, {copy}""")
    psql(url, f"""
        INSERT INTO schedule (contact, owner, position, due, timed, kind, item)
        SELECT s.contact || '-x' || k, s.owner, s.position, s.due, s.timed, s.kind,
            s.item || jsonb_build_object('name', (s.item->>'name') || ' ' || k,
                'step', (s.item->'step') || jsonb_build_object('contact', s.contact || '-x' || k))
        FROM schedule s, {copy}""")


def spread(url, reps, first):
    """Gives each contact one of `reps` reps, by a hash of its id, with its touches and figures."""
    rep = f"'Rep ' || lpad((abs(hashtext(id)) % {reps})::text, 2, '0')"
    psql(url, f"""
        UPDATE contacts SET owner = r.rep, record = jsonb_set(record, '{{owner}}', to_jsonb(r.rep)),
            figures = CASE WHEN figures->'by' ? '{first}'
                THEN jsonb_set(figures, '{{by}}', jsonb_build_object(r.rep, figures->'by'->'{first}')) ELSE figures END
        FROM (SELECT id, {rep} AS rep FROM contacts) r WHERE contacts.id = r.id""")
    psql(url, "UPDATE touches t SET body = jsonb_set(t.body, '{by}', to_jsonb(c.owner)), by = c.owner FROM contacts c WHERE t.contact = c.id")
    psql(url, "UPDATE schedule s SET owner = c.owner FROM contacts c WHERE s.contact = c.id")
    psql(url, "UPDATE promise_marks m SET owner = c.owner FROM contacts c WHERE m.contact = c.id")
    # Grown outside Ringback: each rep's sums are added up again by the first command that reads them.
    psql(url, "UPDATE ringback_meta SET sums_fresh = false")
    psql(url, "VACUUM ANALYZE")


def make_team(options, server, folder):
    """The team database, generated, migrated, copied and spread; its URL, a summary line and its counts."""
    store = os.path.join(folder, "store.json")
    started = time.perf_counter()
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "benchmark.py"), "--generate-store", store,
                    str(options.contacts // options.copies)],
                   check=True)
    generated = time.perf_counter() - started
    url = f"{server['RINGBACK_TEST_POSTGRES']}/team"
    psql(f"{server['RINGBACK_TEST_POSTGRES']}/postgres", "CREATE DATABASE team")
    env = dict(os.environ, TZ="UTC", XDG_CONFIG_HOME=rep_config(folder, "Rep 00"))
    started = time.perf_counter()
    subprocess.run([options.binary, "migrate", "--to", url, "--store", store], check=True, stdout=subprocess.DEVNULL, env=env)
    migrated = time.perf_counter() - started
    started = time.perf_counter()
    replicate(url, options.copies)
    spread(url, options.reps, "Rep 00")
    spreading = time.perf_counter() - started
    return url, (f"generated in {generated:.0f} s, migrated in {migrated:.0f} s, "
                 f"copied {options.copies} times and spread over the reps in {spreading:.0f} s")


def measure_team(options, server, folder, url, made):
    counts = psql(url, "SELECT (SELECT count(*) FROM contacts), (SELECT count(*) FROM touches), "
                       "(SELECT count(DISTINCT owner) FROM contacts)").strip().split("|")
    rep = "Rep 07"
    env = dict(os.environ, TZ="UTC", XDG_CONFIG_HOME=rep_config(folder, rep))
    name = psql(url, f"SELECT name FROM contacts WHERE owner = '{rep}' ORDER BY id LIMIT 1").strip()
    print(f"{int(counts[0]):,} contacts, {int(counts[1]):,} touches, {counts[2]} reps; {made}; measured as {rep} ({options.runs} runs)",
          file=sys.stderr)
    print(f"| action ({int(counts[0]):,} contacts, {counts[2]} reps, {int(counts[1]):,} touches) | time | peak memory | target |")
    print("|---|---:|---:|---:|")
    actions = [a for a in ACTIONS if not options.only or a[1][0] in options.only.split(",")]
    for label, arguments, target in actions:
        command = [options.binary, *[a.format(name=name) for a in arguments], "--store", url, *NOW]
        # An action slower than 10 s is measured once, not five times more.
        ms, mb = once(command, env)
        if ms < 10_000:
            ms, mb = measure(command, env, options.runs)
        print(f"| `{label}` | {ms:.0f} ms | {mb:.0f} MiB | {target} ms{'' if ms <= target else ' (not met)'} |", flush=True)
    # Where the time goes: the plan of every statement over 20 ms, as the server ran it.
    as_superuser(server, "ALTER DATABASE team SET session_preload_libraries = 'auto_explain'")
    as_superuser(server, "ALTER DATABASE team SET auto_explain.log_min_duration = '20ms'")
    log = os.path.join(server["RINGBACK_TEST_PGDIR"], "server.log")
    for label, arguments, _ in actions:
        offset = os.path.getsize(log)
        subprocess.run([options.binary, *[a.format(name=name) for a in arguments], "--store", url, *NOW], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(log) as file:
            file.seek(offset)
            plans = [line for line in file.read().splitlines() if "duration:" in line or line.startswith(("\t", " "))]
        print(f"\n`{label}`: statements over 20 ms (auto_explain)\n")
        print("```")
        print("\n".join(plans[:60]) if plans else "none")
        print("```")
    as_superuser(server, "ALTER DATABASE team RESET session_preload_libraries")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "ringback"))
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--copies", type=int, default=10,
                        help="contacts are generated and migrated once, then copied this many times over in SQL")
    parser.add_argument("--reps", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="comma-separated first words of the actions to measure (default: all)")
    parser.add_argument("--keep", metavar="FILE", help="leave the server and database up, described in FILE, for --again")
    parser.add_argument("--again", metavar="FILE", help="measure the database a --keep run left, without making it again")
    options = parser.parse_args()
    if options.again:
        with open(options.again) as file:
            kept = json.load(file)
        os.environ["PGPASSFILE"] = kept["server"]["PGPASSFILE"]
        return measure_team(options, kept["server"], kept["folder"], kept["url"], "made by an earlier run")
    server = start_postgres()
    folder = tempfile.mkdtemp(prefix="ringback-team-bench-")
    try:
        url, made = make_team(options, server, folder)
        measure_team(options, server, folder, url, made)
        if options.keep:
            with open(options.keep, "w") as file:
                json.dump({"server": server, "folder": folder, "url": url}, file)
            print(f"kept: measure again with --again {options.keep}; stop with scripts/postgres.sh stop "
                  f"{server['RINGBACK_TEST_PGDIR']} and remove {folder}", file=sys.stderr)
    finally:
        if not options.keep:
            stop_postgres(server)
            subprocess.run(["rm", "-rf", folder])


if __name__ == "__main__":
    main()
