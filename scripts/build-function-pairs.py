#!/usr/bin/env python3
"""Build data/function-word-pairs.tsv for textqc from the lm-corpus (Python 3.11, stdlib only).

Usage (from the repository root):

    python3 scripts/build-function-pairs.py --lm-corpus ../shared/data/lm-corpus \
        --out data/function-word-pairs.tsv

The output lists pairs of function words (textqc's list in src/words.rs) that clean English
almost never writes next to each other: "the of", "to of", "we from". For every ordered pair of
different function words the corpus count of the two as adjacent tokens (no punctuation between,
case ignored) is compared with the count expected if words were independent,
count(a) * count(b) / tokens. A pair is listed when that expectation is at least MIN_EXPECTED
(so that its absence means something) and the observed count is at most MAX_RATIO of it.
Identical pairs ("the the") are left to the doubled-word check.

Output: a comment header, then one pair per line, sorted:

    first<TAB>second<TAB>expected<TAB>observed
"""

import argparse
import collections
import lzma
import os
import re

MIN_EXPECTED = 50.0
MAX_RATIO = 0.002
FILES = ["news-wikinews.en.txt.xz", "usgov-speeches.en.txt.xz", "wikipedia.en.txt.xz"]
TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|[0-9]+|[^\sA-Za-z0-9]")


def function_words(words_rs):
    src = open(words_rs, encoding="utf-8").read()
    start = src.index("pub const FUNCTION_WORDS")
    return set(re.findall(r'"([a-z]+)"', src[start:src.index("];", start)]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lm-corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--words-rs", default=os.path.join(os.path.dirname(__file__), "..", "src", "words.rs"))
    args = ap.parse_args()
    fw = function_words(args.words_rs)
    unigrams = collections.Counter()
    bigrams = collections.Counter()
    tokens = 0
    for name in FILES:
        with lzma.open(os.path.join(args.lm_corpus, name), "rt", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                prev = None
                for t in TOKEN.findall(line):
                    tokens += 1
                    lower = t.lower()
                    if lower in fw:
                        unigrams[lower] += 1
                        if prev is not None:
                            bigrams[(prev, lower)] += 1
                        prev = lower
                    else:
                        prev = None
    rows = []
    for a in sorted(fw):
        for b in sorted(fw):
            if a == b:
                continue
            expected = unigrams[a] * unigrams[b] / tokens
            observed = bigrams[(a, b)]
            if expected >= MIN_EXPECTED and observed <= MAX_RATIO * expected:
                rows.append(f"{a}\t{b}\t{expected:.0f}\t{observed}\n")
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(f"# Function-word pairs clean English almost never writes adjacent: expected >= "
                  f"{MIN_EXPECTED:g} if independent, observed <= {MAX_RATIO:g} x expected, in "
                  f"{tokens} tokens of the lm-corpus. Built by scripts/build-function-pairs.py.\n")
        out.write("# first\tsecond\texpected\tobserved\n")
        out.writelines(rows)
    print(f"{len(rows)} pairs from {tokens} tokens -> {args.out}")


if __name__ == "__main__":
    main()
