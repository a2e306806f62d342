#!/usr/bin/env python3
"""End-to-end test of the ringback shell in a real pseudo-terminal (pexpect): line editing,
history across runs, Tab completion, Ctrl-C, Ctrl-D, UTF-8, a whole debrief, and the same
debrief through piped stdin. Ends with 'shell e2e: N passed, N failed'.

Usage: shell_e2e.py --binary PATH
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import pexpect

PROMPT = "ringback> "


class Run:
    def __init__(self, binary, folder):
        self.binary = binary
        self.store = os.path.join(folder, "store.json")
        self.env = dict(os.environ, TZ="Europe/Paris", LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm",
                        XDG_STATE_HOME=os.path.join(folder, "state"), HOME=folder,
                        XDG_CONFIG_HOME=os.path.join(folder, "config"), XDG_DATA_HOME=os.path.join(folder, "data"))
        self.now = ["--now", "2026-11-23T09:00"]

    def spawn(self):
        child = pexpect.spawn(self.binary, ["--store", self.store, *self.now], env=self.env, encoding="utf-8", timeout=30,
                              dimensions=(40, 200))
        child.expect_exact(PROMPT)
        return child

    def cli(self, *args, stdin=None):
        return subprocess.run([self.binary, *args, "--store", self.store, *self.now], input=stdin, capture_output=True,
                              text=True, env=self.env)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def editing_and_completion(run):
    run.cli("log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected")
    child = run.spawn()
    # Typo fixed with Backspace, then Ctrl-A / Ctrl-E movement: "agendaxx" becomes "agenda".
    child.send("gendaxx\x7f\x7f\x01a\x05\r")
    child.expect_exact("Next 7 days")
    child.expect_exact(PROMPT)
    # Tab completes the command, then the contact name (quoted, it has a space): "sho<Tab>Da<Tab>"
    # only works as a command once both were completed to: show "Dana Ruiz".
    child.send("sho\t")
    child.send("Da\t")
    child.send("\r")
    child.expect_exact("status: active")
    check("unknown command" not in child.before, "completion did not complete")
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    check(child.exitstatus == 0, f"exit status {child.exitstatus}")
    print("  editing (Backspace, Ctrl-A, Ctrl-E) and Tab completion of commands and names work")


def bash_completes_names(run):
    store = os.path.join(os.path.dirname(run.store), "bash", "store.json")
    for name in ("Dana Ruiz", "Zoë Lambert"):
        made = subprocess.run([run.binary, "log", name, "--outcome", "voicemail", "--store", store, *run.now],
                              capture_output=True, text=True, env=run.env)
        check(made.returncode == 0, made.stderr)
    env = dict(run.env, PATH=os.path.dirname(run.binary) + ":" + os.environ["PATH"], RINGBACK_STORE=store,
               INPUTRC="/dev/null", PS1="$ ")
    # Typed in lower case, inside a quote, with an escaped space: each becomes the whole name
    # (bash redraws the word with backspaces, the opening quote left standing).
    for typed, completed in (("dana", "Dana\\ Ruiz "), ("'dana r", "Dana Ruiz' "), ("Dana\\ R", "Dana\\ Ruiz "),
                             ("zo", "Zoë\\ Lambert ")):
        shell = pexpect.spawn("bash", ["--norc", "--noprofile", "-i"], env=env, encoding="utf-8", timeout=30,
                              dimensions=(40, 200))
        shell.expect_exact("$ ")
        shell.sendline("source <(ringback --generate-completion-script bash) && echo RE''ADY")
        shell.expect_exact("READY")
        shell.expect_exact("$ ")
        shell.send(f"ringback show {typed}\t")
        shell.expect_exact(completed)
        shell.send("\r")  # the completed line runs as one name
        shell.expect_exact("status: ")
        shell.expect_exact("$ ")
        check("matches several" not in shell.before and "No contact" not in shell.before, f"{typed!r}: {shell.before}")
        shell.sendline("exit")
        shell.expect(pexpect.EOF)
    print("  bash Tab completion of names typed in lower case, quoted or with an escaped space")


def ctrl_c_and_utf8(run):
    child = run.spawn()
    child.send("some half-typed line")
    child.sendcontrol("c")
    child.expect_exact(PROMPT)
    child.send("log 'Zoë Lambert' --outcome vm --note 'café ☕'\r")
    child.expect_exact("New contact: Zoë Lambert.")
    child.expect_exact(PROMPT)
    child.send("show zoe\r")
    child.expect_exact("café ☕")
    child.expect_exact(PROMPT)
    check("unknown command" not in child.before, "Ctrl-C ran the half-typed line")
    child.send("quit\r")
    child.expect(pexpect.EOF)
    print("  Ctrl-C drops the line and keeps the shell; UTF-8 names and notes round-trip")


def history_across_runs(run):
    child = run.spawn()
    # Up twice: the line before the previous run's "quit", which was "show zoe".
    child.send("\x1b[A")
    child.send("\x1b[A")
    child.send("\r")
    child.expect_exact("café ☕")
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    history = os.path.join(run.env["XDG_STATE_HOME"], "ringback", "history")
    check(os.path.exists(history) and oct(os.stat(history).st_mode & 0o777) == "0o600", "history file missing or not private")
    print("  history persists across runs (Up recalls the previous run's line); history file is 0600")


def debrief_with_ctrl_d(run):
    child = run.spawn()
    child.send("debrief dana\r")
    child.expect_exact("What happened with Dana?")
    child.send("we talked, she said call her thursday after lunch\r")
    child.expect_exact("Thu 26 Nov, 13:00, right? (enter or y, n)")
    child.send("y\r")
    child.expect_exact("promise you anything")
    child.sendcontrol("c")
    child.expect_exact("(answer dropped")
    child.sendcontrol("d")
    child.expect_exact("Save what you've told me so far? (y/n)")
    child.send("y\r")
    child.expect_exact("Saved.")
    child.expect_exact("Next: Call Dana Ruiz (Acme) · Thu 26 Nov, 13:00")
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    shown = json.loads(run.cli("show", "dana", "--json").stdout)
    check(shown["next"]["due"] == "2026-11-26T13:00:00+01:00", f"next step not saved: {shown['next']}")
    print("  a debrief in the terminal: Ctrl-C drops one answer, Ctrl-D offers to save what was confirmed, and it is saved")


def pasted_paragraph(run):
    child = run.spawn()
    child.send("debrief dana\r")
    child.expect_exact("What happened with Dana?")
    # Pasted at once, as a terminal sends a copied email: one answer, not one per line.
    child.send("Hi Sam,\rThanks for the call today, we talked it over.\rI'll send the budget by friday.\rBest regards,\rDana\r")
    child.expect_exact("right? (enter or y, or tell me what to fix)")
    said = child.before
    check(said.count("What happened with Dana?") == 0 and "couldn't tell" not in said, f"read line by line: {said}")
    check("send the budget" in said, f"the paste was not read whole: {said}")
    child.send("cancel\r")
    child.expect_exact("Save what you've told me so far? (y/n)")
    child.send("n\r")
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    print("  a paragraph pasted as an answer is read as one answer")


def piped_debrief(run):
    script = "debrief Helen Marsh\ny\n\nleft a voicemail\nyes\n\nemail\ny\n"
    result = run.cli(stdin=script)
    check(result.returncode == 0, f"exit {result.returncode}: {result.stderr}")
    out = result.stdout
    check(PROMPT not in out and "\x1b" not in out, "prompts or escape codes in piped output")
    for expected in ["I don't have Helen Marsh yet.", "Did you say what you need and by when?", "Pair the voicemail",
                     "Here's what I'll save:", "Saved.", "Next: Email Helen Marsh"]:
        check(expected in out, f"missing {expected!r} in piped output:\n{out}")
    print("  the same debrief through piped stdin: no prompts or escape codes, saved")


def fits_an_80_column_terminal(run):
    demo = os.path.join(os.path.dirname(run.store), "demo80.json")
    made = subprocess.run([run.binary, "demo", "--store", demo, *run.now], capture_output=True, text=True, env=run.env)
    check(made.returncode == 0, f"demo failed: {made.stderr}")
    words_of = lambda text: re.sub(r"\x1b\[[0-9;]*m", "", text).split()
    for command in (["next"], ["show", "Priya"], ["agenda"], ["contacts"]):
        piped = subprocess.run([run.binary, *command, "--store", demo, *run.now], capture_output=True, text=True, env=run.env)
        child = pexpect.spawn(run.binary, [*command, "--store", demo, *run.now], env=dict(run.env, PAGER="cat"),
                              encoding="utf-8", timeout=30, dimensions=(200, 80))
        child.expect(pexpect.EOF)
        screen = re.sub(r"\x1b\[[0-9;]*m", "", child.before).replace("\r\n", "\n").rstrip("\n").split("\n")
        longest = max(len(line) for line in screen)
        check(longest <= 80, f"{command}: a line of {longest} columns at 80:\n" + "\n".join(screen))
        if command[0] != "contacts":
            # Same words in the same order: nothing split, nothing lost.
            check(words_of("\n".join(screen)) == words_of(piped.stdout), f"{command}: words differ from the piped output")
            check(max(len(line) for line in piped.stdout.splitlines()) > 80, f"{command}: piped output was wrapped too")
        for index, line in enumerate(screen[1:], start=1):
            if screen[index - 1].startswith("  Why: ") and line.strip() and not line.startswith("  Say:"):
                check(line.startswith(" " * 7) and line[7] != " ", f"{command}: hanging indent lost: {line!r}")
        check("\x1b[" not in piped.stdout, f"{command}: colour codes in piped output")
    child = pexpect.spawn(run.binary, ["agenda", "--store", demo, "--now", "2026-11-26T09:00"], env=dict(run.env, NO_COLOR="1", PAGER="cat"),
                          encoding="utf-8", timeout=30, dimensions=(200, 80))
    child.expect(pexpect.EOF)
    check("\x1b[3" not in child.before, "colour with NO_COLOR set")
    later = ["--now", "2026-11-26T09:00"]  # some steps are overdue by then
    child = pexpect.spawn(run.binary, ["agenda", "--store", demo, *later], env=dict(run.env, PAGER="cat"),
                          encoding="utf-8", timeout=30, dimensions=(200, 80))
    child.expect(pexpect.EOF)
    check("\x1b[31m" in child.before, "overdue is not in colour on a terminal")
    # A red cell cut to fit 80 columns keeps its colour sequence whole and resets it.
    child = pexpect.spawn(run.binary, ["contacts", "--store", demo, *later], env=dict(run.env, PAGER="cat"),
                          encoding="utf-8", timeout=30, dimensions=(200, 80))
    child.expect(pexpect.EOF)
    for line in child.before.replace("\r\n", "\n").split("\n"):
        check(line.count("\x1b[31m") <= line.count("\x1b[0m"), f"contacts at 80 columns leaves a colour open: {line!r}")
        check(len(re.sub(r"\x1b\[[0-9;]*m", "", line)) <= 80 and "^[" not in line, f"contacts at 80 columns: {line!r}")
    check("\x1b[31m" in child.before, "contacts at 80 columns shows no overdue step in colour")
    # Longer than the screen: through the pager ($PAGER here, a marker that shows it ran).
    child = pexpect.spawn(run.binary, ["agenda", "--store", demo, *run.now], env=dict(run.env, PAGER="sed 's/^/PAGED /'"),
                          encoding="utf-8", timeout=30, dimensions=(8, 80))
    child.expect(pexpect.EOF)
    check("PAGED Overdue" in re.sub(r"\x1b\[[0-9;]*m", "", child.before), "a long agenda did not go through the pager")
    # The real pager reads keys from the terminal: in a process group of its own it was stopped
    # by the terminal and the report hung on a blank screen.
    if shutil.which("less"):
        env = {key: value for key, value in run.env.items() if key not in ("PAGER", "LESS")}
        child = pexpect.spawn(run.binary, ["agenda", "--all", "--store", demo, *run.now], env=env, encoding="utf-8", timeout=10,
                              dimensions=(8, 80))
        child.expect("Overdue")
        child.send(" ")
        child.send("q")
        child.expect(pexpect.EOF)
        child.close()
        check(child.exitstatus == 0, f"less as the pager: exit {child.exitstatus}")
    else:
        print("  (less is not installed: the real pager's check was skipped)")
    print("  at 80 columns: no line longer than 80, no word split, hanging indent kept, colour on a terminal only, pager for long output; piped output unwrapped")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    options = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="ringback-shell-")
    run = Run(os.path.abspath(options.binary), folder)
    passed = failed = 0
    for check_fn in (editing_and_completion, bash_completes_names, ctrl_c_and_utf8, history_across_runs, debrief_with_ctrl_d,
                     pasted_paragraph, piped_debrief, fits_an_80_column_terminal):
        try:
            check_fn(run)
            passed += 1
        except (AssertionError, pexpect.ExceptionPexpect) as error:
            print(f"  FAILED {check_fn.__name__}: {str(error)[:1200]}")
            failed += 1
    shutil.rmtree(folder, ignore_errors=True)
    print(f"shell e2e: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
