"""What the build scripts share about ../shared/data/lm-corpus (Python 3.11, stdlib only): its
files, its SCOWL word lists, textqc's lexicon and its function words."""

import lzma
import os
import re

CORPUS_FILES = (
    "news-wikinews.en.txt.xz",
    "usgov-speeches.en.txt.xz",
    "wikipedia.en.txt.xz",
)
SCOWL_FILES = (
    "freq/scowl-wamerican-american-english.txt.xz",
    "freq/scowl-wbritish-british-english.txt.xz",
)


def read_scowl(base, lower=True):
    """Every word of the SCOWL lists, lower-cased unless `lower` is false ("Ina" is a name,
    "ina" no word)."""
    words = set()
    for name in SCOWL_FILES:
        with lzma.open(os.path.join(base, name), "rt", encoding="utf-8", errors="replace") as f:
            for line in f:
                words.add(line.strip().lower() if lower else line.strip())
    return words


def function_words(words_rs):
    """textqc's function words, as src/words.rs lists them."""
    src = open(words_rs, encoding="utf-8").read()
    start = src.index("pub const FUNCTION_WORDS")
    return set(re.findall(r'"([a-z]+)"', src[start:src.index("];", start)]))


def read_lexicon(path):
    """data/lexicon.tsv as word -> (zipf x 100, capitalisation permille or None when unmeasured)."""
    lex = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, zipf, cap, _ = line.rstrip("\n").split("\t")
            lex[word] = (int(zipf), None if cap == "-" else int(cap))
    return lex
