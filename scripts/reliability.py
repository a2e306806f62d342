#!/usr/bin/env python3
"""Proves the store loses nothing, with real processes and no mocks.

1. kill -9 in the middle of `ringback log`, many trials: the store always parses, and every
   write that was acknowledged (exit 0 before the kill) is there.
2. 8 processes x 100 `ringback log` at the same time: all 800 touches are there.
3. Truncated, garbage, empty and newer-version store files: clear error, exit 2, file
   byte-identical afterwards.

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


def kill_trials(binary, folder, trials):
    store = os.path.join(folder, "killed.json")
    acknowledged, killed = [], 0
    rng = random.Random(20261122)
    # Kill anywhere from start-up to just after a typical run ends.
    started = time.time()
    for _ in range(3):
        run(binary, os.path.join(folder, "calibrate.json"), "log", "Calibrate", "--outcome", "voicemail")
    window = (time.time() - started) / 3 * 1.2
    for i in range(trials):
        note = f"kill-{i}"
        process = subprocess.Popen(
            [binary, "log", f"Contact {i % 7}", "--outcome", "voicemail", "--note", note, "--store", store,
             "--now", f"2026-11-{10 + i % 10:02d}T10:00"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
        time.sleep(rng.uniform(0.0, window))
        status = process.poll()
        if status is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            killed += 1
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
    print(f"  kill -9: {trials} trials, kill at 0-{window * 1000:.0f} ms, {killed} killed mid-run, {len(acknowledged)} acknowledged, "
          f"{len(notes)} touches in the store, 0 lost, store parsed after every trial")


def concurrent_writers(binary, folder, workers, each):
    store = os.path.join(folder, "concurrent.json")
    failures = []

    def worker(w):
        for j in range(each):
            result = run(binary, store, "log", f"Worker {w}", "--outcome", "no-answer", "--note", f"w{w}-{j}")
            if result.returncode != 0:
                failures.append(f"w{w}-{j}: {result.stderr.strip()}")

    started = time.time()
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - started
    if failures:
        raise AssertionError(f"{len(failures)} writes failed: {failures[:3]}")
    notes = set(exported_notes(binary, store))
    expected = {f"w{w}-{j}" for w in range(workers) for j in range(each)}
    lost = expected - notes
    print(f"  concurrency: {workers} processes x {each} logs in {elapsed:.1f} s: "
          f"{len(expected & notes)} of {len(expected)} touches present, {len(lost)} lost")
    if lost:
        raise AssertionError(f"lost {len(lost)} touches, e.g. {sorted(lost)[:5]}")


def damaged_files(binary, folder):
    good = os.path.join(folder, "good.json")
    for i in range(3):
        assert run(binary, good, "log", f"Person {i}", "--outcome", "connected").returncode == 0
    text = open(good, "rb").read()
    newer = text.replace(b'"schemaVersion" : 2', b'"schemaVersion" : 7')
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--each", type=int, default=100)
    options = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="ringback-reliability-")
    checks = [
        ("kill -9 during log", lambda: kill_trials(options.binary, folder, options.trials)),
        ("concurrent writers", lambda: concurrent_writers(options.binary, folder, options.workers, options.each)),
        ("damaged store files", lambda: damaged_files(options.binary, folder)),
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
