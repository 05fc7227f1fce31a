#!/usr/bin/env python3
"""Look for costs that grow faster than the text, with documents nobody would write.

scripts/bench-worst times inputs built by hand for checks known to be at risk. This script
searches: it builds single documents from random mixes of one to three kinds of token (names,
capitals, punctuation, links, CJK, Cyrillic, mojibake, glued words, abbreviations, loops, link
text ...), times `textqc check` on 40,000 and on 80,000 tokens of each, and marks a mix whose time
more than doubles (ratio over 2.6, and over 0.3 s, so that start-up noise does not count). A
marked mix is a quadratic scan somewhere: profile the larger document.

Usage (from the repository root, after `cargo build --release`):
    python3 scripts/bench-scaling.py [--textqc target/release/textqc] [--seed 1] [--mixes 36]
"""

import argparse
import os
import random
import subprocess
import tempfile
import time

KINDS = {
    "function": "the of and to in a is that for on with as by at from".split(),
    "capitals": "The He It China Xi Putin Leave Beijing Said Of And In".split(),
    "names": ["Wang", "Li", "Zhang", "Mazda", "Stoltenberg", "Boston", "Smith", "Lang"],
    "lower": "said went market development officials advantage fight economy people".split(),
    "punctuation": [".", ",", ". .", '"', "“", "”", "(", ")", "[", "]", ";", ":", "!", "?", "'",
                    "’", "‘", "—", "-"],
    "newlines": ["\n", "\n\n"],
    "numbers": ["2019", "27", "3.5", "508.8kg", "1,000", "70％"],
    "links": ["http://x.com/a", "www.site.com", "a@b.com", "#tag", "@user"],
    "cjk": ["中文", "公式", "刘波"],
    "cyrillic": ["кожна", "Аdvеrtіѕе", "SENSЕ"],
    "damage": ["donâ€™t", "Ã©", "\ufffd", "&amp;", "\x07", "\u200b"],
    "glued": ["officialslike", "inorder", "theChina", "NingxiaHui", "gov", "ernment"],
    "abbreviations": ["U.S.", "Gen.", "Mr.", "L.", "e.g.", "i.e."],
    "loops": ["five hundred and fifty", "aaaaaaaaaaaaaa", "butaaaa"],
    "upper": ["XI", "PUTIN", "NATO", "CLICK HERE", "SHARE"],
    "link text": ["Read more", "Click here", "Share this", "Subscribe", "Check Also"],
}
SIZES = (40000, 80000)
MAX_RATIO = 2.6
MIN_SECONDS = 0.3


def document(kinds, tokens):
    rng = random.Random(1)
    pool = [t for k in kinds for t in KINDS[k]]
    return " ".join(rng.choice(pool) for _ in range(tokens))


def seconds(textqc, path):
    start = time.perf_counter()
    subprocess.run([textqc, "check", path, "--format", "concise"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=600)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--textqc", default="target/release/textqc")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mixes", type=int, default=36)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names = sorted(KINDS)
    marked = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "doc.txt")
        for m in range(args.mixes):
            kinds = tuple(rng.sample(names, 1 + m % 3))
            times = []
            for n in SIZES:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(document(kinds, n))
                times.append(seconds(args.textqc, path))
            ratio = times[1] / max(times[0], 1e-3)
            slow = ratio > MAX_RATIO and times[1] > MIN_SECONDS
            marked += slow
            print(f"{' + '.join(kinds):45} {times[0]:5.2f} s {times[1]:5.2f} s  x{ratio:4.2f}"
                  + ("  <<< grows faster than the text" if slow else ""), flush=True)
    print(f"{marked} of {args.mixes} mixes grow faster than the text")


if __name__ == "__main__":
    main()
