#!/usr/bin/env python3
"""Build data/function-word-pairs.tsv for textqc from the lm-corpus (Python 3.11, stdlib only).

Usage (from the repository root):

    python3 scripts/build-function-pairs.py --lm-corpus ../shared/data/lm-corpus \
        --out data/function-word-pairs.tsv

The output lists pairs of words that clean English almost never writes next to each other, in
which one word is a function word (textqc's list in src/words.rs) and the other is a function
word too ("the of", "we from") or one of the TOP_CONTENT_WORDS most frequent other words ("a
experience", "is find", "with began"). For every such ordered pair the corpus count of the two
as adjacent tokens (no punctuation between, case ignored) is compared with the count expected if
words were independent, count(a) * count(b) / tokens. A pair is listed when that expectation is
at least MIN_EXPECTED (so that its absence means something) and the observed count is at most
MAX_RATIO of it. Identical pairs ("the the") are left to the doubled-word check.

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
TOP_CONTENT_WORDS = 4000
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

    def corpus_lines():
        for name in FILES:
            path = os.path.join(args.lm_corpus, name)
            with lzma.open(path, "rt", encoding="utf-8", errors="replace") as fh:
                yield from fh

    # First pass: word counts, to pick the content words.
    unigrams = collections.Counter()
    tokens = 0
    for line in corpus_lines():
        for t in TOKEN.findall(line):
            tokens += 1
            unigrams[t.lower()] += 1
    content = [w for w, _ in unigrams.most_common()
               if w not in fw and re.fullmatch(r"[a-z]+", w)][:TOP_CONTENT_WORDS]
    known = fw | set(content)
    # Second pass: adjacent pairs with a function word in them.
    bigrams = collections.Counter()
    for line in corpus_lines():
        prev = None
        for t in TOKEN.findall(line):
            lower = t.lower()
            cur = lower if lower in known else None
            if prev is not None and cur is not None and (prev in fw or cur in fw):
                bigrams[(prev, cur)] += 1
            prev = cur
    rows = []
    for a in sorted(known):
        for b in sorted(known):
            if a == b or a not in fw and b not in fw:
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
