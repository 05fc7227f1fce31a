#!/usr/bin/env python3
"""Measure textqc's encoding checks on ftfy's own test cases.

ftfy (rspeer/python-ftfy, Apache-2.0) keeps its test cases as JSON in tests/test-cases/. This
script never copies them into the repository: point it at a checkout of ftfy, or at a bare git
directory of it, and it builds a JSONL of

  positives   the `original` of every in-the-wild and synthetic case whose encoding ftfy repairs
              (`fixed-encoding`, or `fixed` where that is absent, differs from `original`);
  repaired    the distinct `fixed` and `fixed-encoding` texts of those positives, except the ones
              that still contain U+FFFD (a lossy repair is still damaged text: flagging it is right);
  negatives   every case in negative.json, and the synthetic cases whose encoding ftfy leaves
              alone (labelled "Synthetic, negative" there);

runs `textqc check --input jsonl FILE --format jsonl --select encoding` over it and prints the
share of positives flagged (recall), and the share of repaired texts and of negatives that get
any encoding flag. For information it also prints the other definition of a positive (`fixed`
differs from `original`, which counts quote-uncurling and HTML unescaping as fixes), and the
language-names and known-failures files.

Targets (project issue 6): recall >= 0.90, repaired flagged <= 5%, negatives flagged <= 10%.

Usage:
    # get ftfy: e.g. `git clone --bare https://github.com/rspeer/python-ftfy ftfy.git`
    CARGO_TARGET_DIR=/work/target-enc cargo build --release
    python3 scripts/ftfy-battery.py /path/to/ftfy.git --textqc /work/target-enc/release/textqc
    python3 scripts/ftfy-battery.py /path/to/python-ftfy -v      # list misses and false flags

The ftfy path may be a bare git directory (files are read from HEAD with `git show`), a work
tree, or the test-cases folder itself. Without --textqc, $TEXTQC, then target/release/textqc
under $CARGO_TARGET_DIR or the repository, then `textqc` on PATH is used.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FILES = ["in-the-wild", "synthetic", "negative", "known-failures", "language-names"]


def load_cases(src: Path) -> dict:
    """Every test-case file, by name, read from a bare git dir, a work tree or the folder."""
    out = {}
    candidates = [src / "tests" / "test-cases", src]
    for name in FILES:
        data = None
        for folder in candidates:
            f = folder / f"{name}.json"
            if f.is_file():
                data = f.read_text(encoding="utf-8")
                break
        if data is None and (src / "HEAD").is_file():
            data = subprocess.run(
                ["git", f"--git-dir={src}", "show", f"HEAD:tests/test-cases/{name}.json"],
                check=True,
                capture_output=True,
            ).stdout.decode("utf-8")
        if data is None:
            sys.exit(f"ftfy-battery: cannot find {name}.json under {src}")
        out[name] = json.loads(data)
    return out


def encoding_fix(case: dict) -> str:
    return case.get("fixed-encoding", case["fixed"])


def build_groups(cases: dict) -> dict:
    """group name -> list of (label, text)."""
    groups = {
        "positives": [],
        "positives-any-fix": [],
        "repaired": [],
        "negative.json": [],
        "synthetic-negatives": [],
        "language-names": [],
        "known-failures": [],
    }
    seen_repaired = set()
    for name in ("in-the-wild", "synthetic"):
        for case in cases[name]:
            orig = case["original"]
            label = f"{name}: {case['label']}"
            if case["fixed"] != orig:
                groups["positives-any-fix"].append((label, orig))
            if encoding_fix(case) != orig:
                groups["positives"].append((label, orig))
                for fixed in (case["fixed"], encoding_fix(case)):
                    if fixed in seen_repaired or "\ufffd" in fixed:
                        continue
                    seen_repaired.add(fixed)
                    groups["repaired"].append((f"repaired {label}", fixed))
            elif name == "synthetic":
                groups["synthetic-negatives"].append((label, orig))
    for case in cases["negative"]:
        groups["negative.json"].append((f"negative: {case['label']}", case["original"]))
    for case in cases["language-names"]:
        groups["language-names"].append((case["label"], case["original"]))
    for case in cases["known-failures"]:
        if encoding_fix(case) != case["original"]:
            groups["known-failures"].append((case["label"], case["original"]))
    return groups


def find_textqc(arg):
    if arg:
        return arg
    if os.environ.get("TEXTQC"):
        return os.environ["TEXTQC"]
    repo = Path(__file__).resolve().parent.parent
    for base in filter(None, [os.environ.get("CARGO_TARGET_DIR"), str(repo / "target")]):
        exe = Path(base) / "release" / "textqc"
        if exe.is_file():
            return str(exe)
    exe = shutil.which("textqc")
    if not exe:
        sys.exit("ftfy-battery: no textqc binary found; pass --textqc")
    return exe


def run_textqc(textqc: str, records: list) -> dict:
    """id -> list of flags."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for rid, text in records:
            f.write(json.dumps({"id": rid, "text": text}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        proc = subprocess.run(
            [textqc, "check", "--isolated", "--input", "jsonl", path, "--format", "jsonl",
             "--select", "encoding", "--no-progress"],
            capture_output=True,
        )
    finally:
        os.unlink(path)
    if proc.returncode not in (0, 1):
        sys.exit(f"ftfy-battery: textqc failed ({proc.returncode}): {proc.stderr.decode()}")
    out = {}
    for line in proc.stdout.decode("utf-8").split("\n"):
        if not line.strip():
            continue
        doc = json.loads(line)
        if "id" in doc:
            out[doc["id"]] = doc.get("flags", [])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ftfy", type=Path, help="ftfy checkout, bare git dir or test-cases folder")
    ap.add_argument("--textqc", help="path of the textqc binary")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false flags")
    args = ap.parse_args()

    cases = load_cases(args.ftfy)
    groups = build_groups(cases)
    records = []
    ids = {}
    for g, items in groups.items():
        for i, (label, text) in enumerate(items):
            rid = f"{g}#{i}"
            ids[rid] = (g, label, text)
            records.append((rid, text))
    flags = run_textqc(find_textqc(args.textqc), records)

    def flagged(g):
        return [(ids[r], flags.get(r, [])) for r in ids if ids[r][0] == g and flags.get(r)]

    def row(g, what, target=None):
        n = len(groups[g])
        k = len(flagged(g))
        share = k / n if n else 0.0
        mark = ""
        if target:
            op, val = target
            ok = share >= val if op == ">=" else share <= val
            mark = f"   target {op} {val:.2f}: {'ok' if ok else 'MISSED'}"
        print(f"{what:<48} {k:>3}/{n:<3} = {share:.3f}{mark}")

    print("textqc --select encoding on ftfy's test cases")
    row("positives", "mojibake flagged (recall)", (">=", 0.90))
    row("repaired", "repaired texts flagged", ("<=", 0.05))
    row("negative.json", "negative.json cases flagged", ("<=", 0.10))
    neg_n = len(groups["negative.json"]) + len(groups["synthetic-negatives"])
    neg_k = len(flagged("negative.json")) + len(flagged("synthetic-negatives"))
    share = neg_k / neg_n
    print(f"{'all negative cases flagged (and synthetic ones)':<48} {neg_k:>3}/{neg_n:<3} = {share:.3f}"
          f"   target <= 0.10: {'ok' if share <= 0.10 else 'MISSED'}")
    row("synthetic-negatives", "  of which synthetic negatives")
    print("for information:")
    row("positives-any-fix", "  positives by `fixed` != `original`")
    row("language-names", "  language-names.json flagged")
    row("known-failures", "  known-failures.json (ftfy fails) flagged")

    # How good are the fixes? Apply every mojibake fix to each positive and compare with ftfy.
    expected = {}
    for name in ("in-the-wild", "synthetic"):
        for case in cases[name]:
            expected.setdefault(case["original"], encoding_fix(case))
    exact = partial = wrong = 0
    wrong_cases = []
    for rid, (g, label, text) in ids.items():
        if g != "positives":
            continue
        fixes = [f for f in flags.get(rid, []) if f["rule"] == "encoding/mojibake" and "fix" in f]
        if not fixes:
            continue
        b = text.encode("utf-8")
        for f in sorted(fixes, key=lambda f: f["start"], reverse=True):
            b = b[: f["start"]] + f["fix"].encode("utf-8") + b[f["end"]:]
        repaired = b.decode("utf-8")
        want = expected[text]
        if repaired == want:
            exact += 1
        elif all(f["fix"] in want for f in fixes):
            partial += 1
        else:
            wrong += 1
            wrong_cases.append((label, repaired, want))
    n = len(groups["positives"])
    print(f"{'fixes offered reproduce ftfy exactly':<48} {exact:>3}/{n:<3}")
    print(f"{'  fixes offered, part of the repair':<48} {partial:>3}/{n:<3}")
    print(f"{'  fixes that disagree with ftfy':<48} {wrong:>3}/{n:<3}")

    if args.verbose:
        print("\nfixes that disagree with ftfy:")
        for label, got, want in wrong_cases:
            print(f"  {label}:\n      got  {got[:90]!r}\n      ftfy {want[:90]!r}")
        print("\nmissed positives:")
        for g in ("positives", "language-names", "known-failures"):
            for rid, (gg, label, text) in ids.items():
                if gg == g and not flags.get(rid):
                    print(f"  [{g}] {label}: {text[:90]!r}")
        print("\nflagged negatives / repaired texts:")
        for g in ("repaired", "negative.json", "synthetic-negatives"):
            for (gg, label, text), fl in flagged(g):
                rules = ", ".join(f"{f['rule']} {text.encode()[f['start']:f['end']].decode(errors='replace')!r}" for f in fl)
                print(f"  [{g}] {label}: {text[:70]!r}\n      {rules}")


if __name__ == "__main__":
    main()
