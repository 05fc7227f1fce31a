#!/usr/bin/env python3
"""False flags of encoding/mojibake on correct accented text, and its recall on mojibake made
from that text, beyond ftfy's hundred cases (see scripts/ftfy-battery.py).

Correct text: lines of random words (with quotes, ellipses, ™, ®, ¿ and ¡ around them, a third
of the lines in capitals) from Debian's word lists, and English Wikipedia lines that contain a
non-ASCII character. Mojibake: the same lines encoded as UTF-8 and read back as Windows-1252,
Latin-1, Windows-1250/1251/1257, ISO-8859-2, MacRoman or code page 437.

    apt-get install wfrench wngerman wspanish wportuguese wpolish witalian wswedish wdanish \\
        wdutch wcatalan wukrainian wbulgarian wfaroese wirish
    python3 scripts/mojibake-wordlists.py --textqc /work/target-enc/release/textqc \\
        --wikipedia ../shared/data/lm-corpus/wikipedia.en.txt.xz
"""

import argparse
import collections
import json
import lzma
import os
import random
import subprocess
import tempfile

LISTS = ["french", "ngerman", "spanish", "portuguese", "polish", "italian", "swedish", "danish",
         "dutch", "catalan", "ukrainian", "bulgarian", "faroese", "irish"]
AFTER = [",", ".", "…", "’s", "!", "?", ";", ":", "™", "®", "”", "»", "’", "…”", ".”", "—"]
BEFORE = ["“", "«", "¿", "¡", "‘", "„", "("]
CODECS = ["cp1252", "latin-1", "cp1251", "cp1250", "iso8859_2", "cp1257", "mac_roman", "cp437"]


def correct_lines(wikipedia, per_list=1500, wiki_lines=60000):
    rng = random.Random(7)
    for name in LISTS:
        path = f"/usr/share/dict/{name}"
        if not os.path.exists(path):
            continue
        enc = "latin-1" if name == "swedish" else "utf-8"
        with open(path, encoding=enc, errors="replace") as f:
            words = [w.strip() for w in f if w.strip() and "/" not in w]
        accented = [w for w in words if not w.isascii()] or words
        for i in range(per_list):
            toks = []
            for _ in range(10):
                w = rng.choice(accented) if rng.random() < 0.6 else rng.choice(words)
                r = rng.random()
                if r < 0.15:
                    w = rng.choice(BEFORE) + w
                elif r < 0.4:
                    w += rng.choice(AFTER)
                if rng.random() < 0.15:
                    w = w.capitalize()
                toks.append(w)
            line = " ".join(toks)
            yield f"{name}-{i}", line.upper() if i % 3 == 1 else line
    if wikipedia:
        k = 0
        with lzma.open(wikipedia, "rt", encoding="utf-8") as f:
            for line in f:
                if not line.isascii():
                    yield f"wikipedia-{k}", line.rstrip("\n")
                    k += 1
                    if k >= wiki_lines:
                        break


def bake(text, codec):
    data = text.encode("utf-8")
    if codec == "cp1252":  # browsers' Windows-1252: undefined bytes read as C1 controls
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)
    return data.decode(codec, errors="replace")


def run(textqc, records):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for rid, text in records:
            f.write(json.dumps({"id": rid, "text": text}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([textqc, "check", "--isolated", "--input", "jsonl", path, "--format",
                              "jsonl", "--select", "encoding/mojibake", "--no-progress"],
                             capture_output=True).stdout.decode("utf-8")
    finally:
        os.unlink(path)
    docs = [json.loads(line) for line in out.split("\n") if line.strip()]
    return {d["id"]: d["flags"] for d in docs if "id" in d}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--textqc", default="textqc")
    ap.add_argument("--wikipedia", help="wikipedia.en.txt.xz of the shared lm-corpus")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    correct = list(correct_lines(args.wikipedia))
    flags = run(args.textqc, correct)
    texts = dict(correct)
    group = lambda rid: rid.rsplit("-", 1)[0]
    total, hit = collections.Counter(), collections.Counter()
    for rid, _ in correct:
        total[group(rid)] += 1
        hit[group(rid)] += bool(flags.get(rid))
    print("correct text flagged by encoding/mojibake:")
    for g in total:
        print(f"  {g:<12} {hit[g]:>5}/{total[g]}")
    if args.verbose:
        for rid, fl in flags.items():
            for f in fl:
                t = texts[rid].encode()
                print(f"    {rid}: {t[max(0, f['start'] - 20):f['end'] + 20].decode(errors='replace')!r}: {f['message']}")

    rng = random.Random(3)
    sample = [(rid, t) for rid, t in correct if not t.isascii()]
    rng.shuffle(sample)
    baked = []
    for rid, t in sample[:40000]:
        codec = rng.choice(CODECS)
        m = bake(t, codec)
        if m != t:
            kind = "wikipedia" if rid.startswith("wikipedia") else "word lists"
            baked.append((f"{codec}|{kind}|{rid}", m))
    flags = run(args.textqc, baked)
    total, hit = collections.Counter(), collections.Counter()
    for rid, _ in baked:
        key = tuple(rid.split("|")[:2])
        total[key] += 1
        hit[key] += bool(flags.get(rid))
    print("mojibake made from it, flagged:")
    for key in sorted(total):
        print(f"  {key[0]:<10} {key[1]:<11} {hit[key]:>5}/{total[key]:<5} = {hit[key] / total[key]:.3f}")


if __name__ == "__main__":
    main()
