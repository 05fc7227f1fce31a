#!/usr/bin/env python3
"""Build data/web-misspellings.txt: rare words that only the web's word counts list, one slip
away from a common word (Python 3.11, stdlib only).

The lexicon holds every word of wordfreq's large_en list, which counts the web and so lists the
web's misspellings ("sytem", "beause", "commitee") beside real rare words. broken/misspelling
skips every word the lexicon knows; this list names the ones it should not skip: words that

    * wordfreq gives a zipf below 2.3 (fewer than 2 in 10 million words),
    * no SCOWL list (wamerican, wbritish) spells, lower-cased,
    * the clean lm-corpus (54 M words) writes, in lower case, at most twice: Wikipedia's rare
      terms ("midden", "mafic", "finial") are words, its occasional slips are not,
    * are 5 to 24 lower-case ASCII letters,
    * and are one slip (two letters swapped, one dropped, added or changed) away from a word
      that broken/misspelling accepts as the word meant (data/lexicon.tsv: zipf 4 or more, or
      3.3 for one of eight letters or more, capitalised mid-sentence at most half the time)
      and that is at least 100 times as common.

Usage (from the repository root):

    python3 scripts/build-web-misspellings.py --lm-corpus ../shared/data/lm-corpus \\
        --out data/web-misspellings.txt

Output: one word a line, sorted, after a comment header; reproducible byte for byte.
"""

import argparse
import lzma
import os
import re
import string

from lm_corpus import CORPUS_FILES, read_lexicon, read_scowl

MAX_ZIPF100 = 230
MIN_GAP_ZIPF100 = 200
MIN_NEIGHBOUR_ZIPF100 = 400
MIN_NEIGHBOUR_ZIPF100_LONG = 330
LONG = 8
MAX_NEIGHBOUR_CAP = 500
MAX_CORPUS_COUNT = 2
WORD = re.compile(r"[a-z]{5,24}")


def corpus_counts(base, words):
    """How often each of `words` occurs as a lower-case token of the corpus."""
    counts = dict.fromkeys(words, 0)
    token = re.compile(r"[a-z]+")
    for name in CORPUS_FILES:
        with lzma.open(os.path.join(base, name), "rt", encoding="utf-8") as f:
            for line in f:
                for w in token.findall(line):
                    if w in counts:
                        counts[w] += 1
    return counts


def slips(word):
    n = len(word)
    for k in range(n - 1):
        if word[k] != word[k + 1]:
            yield word[:k] + word[k + 1] + word[k] + word[k + 2:]
    for k in range(n):
        yield word[:k] + word[k + 1:]
    for k in range(n + 1):
        for c in string.ascii_lowercase:
            yield word[:k] + c + word[k:]
            if k < n and c != word[k]:
                yield word[:k] + c + word[k + 1:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lm-corpus", default="../shared/data/lm-corpus")
    ap.add_argument("--lexicon", default="data/lexicon.tsv")
    ap.add_argument("--out", default="data/web-misspellings.txt")
    args = ap.parse_args()
    lex = read_lexicon(args.lexicon)
    scowl = read_scowl(args.lm_corpus)

    def meant(candidate):
        entry = lex.get(candidate)
        if entry is None or not candidate.isascii() or not candidate.isalpha():
            return None
        zipf, cap = entry
        floor = MIN_NEIGHBOUR_ZIPF100_LONG if len(candidate) >= LONG else MIN_NEIGHBOUR_ZIPF100
        if zipf < floor or cap is None or cap > MAX_NEIGHBOUR_CAP:
            return None
        return zipf

    out = []
    for word, (zipf, _) in lex.items():
        if zipf >= MAX_ZIPF100 or word in scowl or not WORD.fullmatch(word):
            continue
        if any((z := meant(c)) is not None and z - zipf >= MIN_GAP_ZIPF100 for c in slips(word)):
            out.append(word)
    counts = corpus_counts(args.lm_corpus, out)
    out = sorted(w for w in out if counts[w] <= MAX_CORPUS_COUNT)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Rare web spellings one slip from a common word; see scripts/build-web-misspellings.py.\n")
        f.write("# Derived from wordfreq (large_en) and SCOWL; attribution in data/NOTICE.\n")
        for w in out:
            f.write(w + "\n")
    print(f"{len(out)} words -> {args.out}")


if __name__ == "__main__":
    main()
