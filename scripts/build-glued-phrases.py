#!/usr/bin/env python3
"""Build data/glued-phrases.txt: phrases the web writes without their space often enough for
wordfreq to list the glued form ("inorder", "infact"), with where the space goes (Python 3.11,
stdlib only).

broken/glued-words leaves a word the lexicon knows alone, so it cannot see these; this list names
them. A lexicon word is listed, with its two halves, when

    * wordfreq gives it a zipf below 3.4, it is 3 to 24 lower-case ASCII letters, no SCOWL list
      spells it ("asocial", "byplay" are words), and clean text hardly writes it: the lexicon has
      no capitalisation rate for it (too few corpus occurrences), so real words ("beheld",
      "abase") and names ("Botha", "Lateran") stay out; or it is a name that clean text
      capitalises at least 95% of the time ("Ina", "Asa"), which SCOWL does not spell in lower
      case, and whose lower-case form has a zipf below 3.4,
    * the corpus writes it on its own (not inside "T'ina") at most twice, or the two halves
      apart at least 1000 times as often ("in a" 55,862 times, "ina" 4),
    * it splits into two words of the lexicon with zipf 3 or more (of three letters or more,
      or function words: not "th", "co", "de"), one of them a function word
      (data/function-words, the list of src/words.rs) and the second no particle of a phrasal
      verb ("layoff", "payoff", "lookout" are nouns, not lost spaces),
    * and the clean lm-corpus (54 M words) writes the two halves apart, as a lower-case bigram,
      at least 50 times, and the bigram's zipf is at least 1.5 above the glued word's, in lower
      case (the web writes the phrase some 30 times for each time it glues it).

The corpus decides: "in order" is written thousands of times and "inorder" hardly ever, while
"overproduced" and "shein" are words or names whose halves seldom meet. A phrase that an
encyclopedia seldom writes stays out even when the web glues it often: "of course" is 10 per
million words of the corpus, too few against "ofcourse" on the web (the gap is 1.0, not 1.5).

Usage (from the repository root):

    python3 scripts/build-glued-phrases.py --lm-corpus ../shared/data/lm-corpus \\
        --out data/glued-phrases.txt

Output: one phrase a line ("in order"), sorted by glued form, after a comment header;
reproducible byte for byte.
"""

import argparse
import lzma
import math
import os
import re

from lm_corpus import CORPUS_FILES, function_words, read_lexicon, read_scowl

MAX_ZIPF100 = 340
MIN_PART_ZIPF100 = 300
MIN_BIGRAM_COUNT = 50
MIN_GAP_ZIPF100 = 150
MAX_CORPUS_COUNT = 2
MIN_APART_PER_GLUED = 1000
MIN_NAME_CAP = 950
PARTICLES = {"out", "off", "up", "down", "over", "away", "back", "in", "on", "by", "through", "about", "around"}
# Words in the corpus (its stats.json), to turn a count into a zipf.
CORPUS_WORDS = 54_344_367
WORD = re.compile(r"[a-z]{3,24}")
# A word on its own: not a piece of "T'ina" or "Inun-ina".
STANDALONE = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lm-corpus", default="../shared/data/lm-corpus")
    ap.add_argument("--lexicon", default="data/lexicon.tsv")
    ap.add_argument("--words", default="src/words.rs")
    ap.add_argument("--out", default="data/glued-phrases.txt")
    args = ap.parse_args()
    lex = read_lexicon(args.lexicon)
    function = function_words(args.words)
    scowl = read_scowl(args.lm_corpus)
    scowl_as_spelt = read_scowl(args.lm_corpus, lower=False)

    candidates = {}
    def part(w):
        return lex.get(w, (0, None))[0] >= MIN_PART_ZIPF100 and (len(w) >= 3 or w in function)

    lower_zipf = {}
    for word, (zipf, cap) in lex.items():
        # No capitalisation rate: the corpus hardly writes the word. A name ("Ina", "Asa") is
        # judged by how often it is written in lower case, and by SCOWL's lower-case words.
        if cap is not None:
            if cap < MIN_NAME_CAP or word in scowl_as_spelt:
                continue
            zipf += round(100 * math.log10(max(1, 1000 - cap) / 1000))
        elif word in scowl:
            continue
        if zipf >= MAX_ZIPF100 or not WORD.fullmatch(word):
            continue
        lower_zipf[word] = zipf
        for k in range(1, len(word)):
            head, tail = word[:k], word[k:]
            if (
                part(head)
                and part(tail)
                and (head in function or tail in function)
                and tail not in PARTICLES
            ):
                candidates.setdefault(word, []).append((head, tail))

    glued = dict.fromkeys(candidates, 0)
    pairs = {p: 0 for splits in candidates.values() for p in splits}
    token = re.compile(r"[A-Za-z]+")
    for name in CORPUS_FILES:
        with lzma.open(os.path.join(args.lm_corpus, name), "rt", encoding="utf-8") as f:
            for line in f:
                for w in STANDALONE.findall(line):
                    if w in glued:
                        glued[w] += 1
                words = token.findall(line)
                prev = None
                for w in words:
                    if prev is not None and (prev, w) in pairs:
                        pairs[(prev, w)] += 1
                    # The pronoun is written "I" always: "I think" is the phrase "ithink" glues.
                    # After a capital "I" is a numeral ("World War I the").
                    pronoun = w == "I" and (prev is None or not prev[0].isupper())
                    prev = "i" if pronoun else w

    out = []
    for word, splits in candidates.items():
        best = max(splits, key=lambda p: pairs[p])
        n = pairs[best]
        # The bigram's zipf, from its corpus count, against the glued word's from wordfreq.
        bigram_zipf100 = 100 * math.log10(n * 1e9 / CORPUS_WORDS) if n else 0
        if (
            n >= MIN_BIGRAM_COUNT
            and (glued[word] <= MAX_CORPUS_COUNT or n >= MIN_APART_PER_GLUED * glued[word])
            and bigram_zipf100 - lower_zipf[word] >= MIN_GAP_ZIPF100
        ):
            out.append((word, best))
    out.sort()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Phrases the web glues often enough for wordfreq to list; see scripts/build-glued-phrases.py.\n")
        f.write("# Derived from wordfreq (large_en) and the lm-corpus; attribution in data/NOTICE.\n")
        for _, (head, tail) in out:
            f.write(f"{head} {tail}\n")
    print(f"{len(out)} phrases -> {args.out}")


if __name__ == "__main__":
    main()
