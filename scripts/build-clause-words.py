#!/usr/bin/env python3
"""Build data/clause-words.tsv for textqc from the lm-corpus (Python 3.11, stdlib only).

Usage (from the repository root):

    python3 scripts/build-clause-words.py --lm-corpus ../shared/data/lm-corpus --out data/clause-words.tsv

Output: one word per line, `kind<TAB>word`, sorted by kind and then by word in byte order, for
the checks broken/run-on-sentence, mt/fused-sentence, broken/stray-capital and
mt/article-before-name. There are seven kinds:

finite
    Verb forms that carry a tense on their own ("said", "adheres", "will", "was"): words seen
    after a subject pronoun (he, she, it, they, we, who, i, you) at least 5 times and more than
    twice as often as after a determiner (the, a, his, this ...). Left out: function words (the
    list in src/words.rs) other than the auxiliaries, adverbs in -ly, words that follow pronouns
    without being verbs ("himself", "again", "often"), participles that follow a name as one
    adjective ("a London based band"), and base forms, whose -s form ever follows a subject
    pronoun or whose -ed form is finite ("make", since "let China make" is no clause).

no_subject_after
    Lower-case words that clean text does not follow with a subject and its verb, so that a
    capitalised name and a finite verb right after one start a new sentence ("will reinforce
    Mazda sold"): a word that is not a function word or a number word, seen at least 50 times
    right before another token with no mark, at most 1.6 times per 1000 of those followed by one
    to five capitalised tokens and then a finite verb, and at least 40% of the time followed by
    a function word or a mark (a phrase may end after it: "development", not "strong", since an
    adjective goes on to the name it describes: "a strong America requires").

after_lower_the
    Capitalised words that clean text writes after a lower-case "the" in the middle of a
    sentence but almost never after a capitalised one: "Thai", "Ministry", but not "Hague" or
    "Beatles". Mid-sentence means after a lower-case word with no mark. A word qualifies when
    "the" or "The" comes before it there at least 100 times, and "The" at most 1% of them, so
    that a capitalised "The" before it mid-sentence starts a sentence ("in order to The Thai
    commander said").

lower_alone
    Lower-case words that clean text almost never capitalises between two lower-case words, so
    that a capital there is a slip, not a name ("a variety of Public figures", "the Full family"): seen
    between two lower-case tokens at least 100 times, written there with a capital (a capital
    and lower-case letters) at most 1% of them: "public", "second", "full", but not "police"
    (5%) or "government" (16%).

takes_infinitive
    Lower-case words whose "to" takes a verb: seen before "to" and a lower-case word at least 50
    times, and before "to" and a capitalised word at most 1% as often ("decided", "able",
    "refused", but not "went" or "moved", whose "to" takes a place). A name after their "to"
    starts a new sentence ("he gradually learned to Yimin Cooperative is a standardized").

bare_name
    Capitalised words that clean text does not put after "the" when they are a subject or a
    possessor: mid-sentence after a lower-case word, followed by a finite verb ("Clinton said")
    or written with "'s" before a lower-case word ("India's economy"), at least 10 times, and
    after "the" at most 2% of them: "India", "Clinton", but not "Senate" or "Internet". This
    needs the finite list, so it takes a second pass over the corpus. "the" before one ("the
    India's annual shopping season", "attacked the Blankenship favored") is a slip or a sentence
    cut after its article.

sentence_adverb
    Capitalised words that open sentences before a comma ("However,", "Meanwhile,", "Later,")
    at least 20 times, and that clean text writes with a capital before a comma in the middle of
    a sentence, right after a word or a number, at most 0.5% as often: there one starts a new
    sentence ("quickly reduces their However, they can"), but "Today" (4%: "USA Today, which")
    and "Yes" (22%: "the band Yes,") name things.

Tokenisation: split each line (one sentence) on whitespace. A lower-case token is lower-case
ASCII letters with internal apostrophes or hyphens; a capitalised token starts with an upper-case
ASCII letter and has only letters, apostrophes and hyphens. A token with any other character
(a comma, a digit) breaks a pattern. Lines are shared between two worker processes by their
number; counts are exact sums and the output is sorted, so it is reproducible byte for byte.
"""

import argparse
import lzma
import os
import re
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

CORPUS_FILES = (
    "news-wikinews.en.txt.xz",
    "usgov-speeches.en.txt.xz",
    "wikipedia.en.txt.xz",
)

LOWER = re.compile(r"[a-z]+(?:['-][a-z]+)*$")
LOWER_WITH_MARK = re.compile(r"([a-z]+(?:['-][a-z]+)*)([,.;:]?)$")
CAPITALISED = re.compile(r"[A-Z][A-Za-z]*(?:['’-][A-Za-z]+)*$")
TITLE = re.compile(r"[A-Z][a-z]+(?:['-][a-z]+)*$")
TITLE_WITH_COMMA = re.compile(r"([A-Z][a-z]+),$")
WORD_OR_NUMBER = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'-]*[A-Za-z0-9])?$")
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "who", "i", "you"})
DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "our", "my",
     "your", "some"}
)
# Words that follow a subject pronoun without being verbs: "saw it as", "they both".
NOT_VERBS = frozenset(
    {"as", "into", "until", "both", "again", "himself", "herself", "itself", "themselves",
     "easier", "impossible", "instead", "too", "soon", "once", "just", "be", "ever", "later",
     "together", "alone", "back", "away", "home", "first", "twice", "thrice", "along",
     "towards", "toward", "across", "around", "throughout", "despite", "unlike", "alongside",
     "whilst", "via", "versus", "next", "last", "yet", "nor", "according", "afloat", "apart",
     "else", "however", "likewise", "onto", "since", "somehow", "somewhere", "still",
     "thereafter", "thereby", "therefore", "today", "tonight", "never", "often", "seldom",
     "always", "afterwards"}
)
# Participles that follow a name as one adjective ("a London based band", "Saudi led forces",
# "state owned firms") or start a phrase that names it ("an EP called Sheep") as often as they
# end a subject's clause.
COMPOUND_PARTICIPLES = frozenset(
    {"called", "named", "titled", "entitled", "dubbed", "nicknamed", "known", "based", "led", "owned", "backed", "funded", "sponsored", "controlled", "made", "born",
     "operated", "affiliated", "oriented", "inspired", "themed", "allied", "aligned", "linked",
     "bound", "run", "built", "brokered"}
)
# Function words that carry a tense: kept in the finite list.
AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "should", "may",
     "might", "must", "shall", "does", "did"}
)
BASE_ONLY = frozenset({"have", "do", "don't"})
NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
     "thousand", "million", "billion"}
)
MAX_NAME_TOKENS = 5
MIN_FINITE_AFTER_PRONOUN = 5
MIN_OCCURRENCES = 50
MAX_SUBJECT_AFTER_PERMILLE = 1.6
MIN_PHRASE_END_SHARE = 0.4
MIN_AFTER_THE = 100
MAX_CAPITAL_THE_SHARE = 0.01
MIN_ALONE = 100
MAX_ALONE_CAPITAL_SHARE = 0.01
MIN_TO_VERB = 50
MIN_SUBJECT = 10
MAX_SUBJECT_AFTER_THE_SHARE = 0.02
MAX_TO_CAPITAL_SHARE = 0.01
MIN_OPENS_WITH_COMMA = 20
MAX_COMMA_MID_SHARE = 0.005


def third_person(word: str) -> tuple[str, ...]:
    """The -s forms a base form would have: "ensures", "carries", "pushes"."""
    forms = (word + "s", word + "es")
    return forms + (word[:-1] + "ies",) if word.endswith("y") else forms


def function_words(root: str) -> frozenset[str]:
    """The FUNCTION_WORDS list of src/words.rs, so that the two never disagree."""
    src = open(os.path.join(root, "src", "words.rs"), encoding="utf-8").read()
    m = re.search(r"pub const FUNCTION_WORDS: &\[&str\] = &\[(.*?)\];", src, re.S)
    if not m:
        raise SystemExit("FUNCTION_WORDS not found in src/words.rs")
    return frozenset(re.findall(r'"([^"]+)"', m.group(1)))


class Counts:
    """What one pass over the corpus counts; two passes' counts add up."""

    def __init__(self) -> None:
        self.before_token = Counter()  # lower-case word, with or without a mark, then a token
        self.phrase_end = Counter()  # ... then a function word, or with a mark attached
        self.bare_before_token = Counter()  # ... without a mark
        self.after_pronoun = Counter()
        self.after_determiner = Counter()
        self.name_then = Counter()  # (word, lower-case word after a capitalised run)
        self.after_the = Counter()  # capitalised word after a mid-sentence "the"
        self.after_capital_the = Counter()  # ... after a mid-sentence "The"
        self.alone_lower = Counter()  # lower-case word between two lower-case ones
        self.alone_capital = Counter()  # ... written with a capital (lower-cased key)
        self.to_lower = Counter()  # lower-case word before "to" and a lower-case word
        self.to_capital = Counter()  # ... before "to" and a capitalised word
        self.opens_with_comma = Counter()  # capitalised first word with a comma attached
        self.comma_mid = Counter()  # ... after a word or a number mid-sentence

    def add(self, other: "Counts") -> None:
        for name, counter in vars(self).items():
            counter.update(vars(other)[name])


def sentences(corpus: str, part: int):
    """The tokens of this worker's share of the corpus lines (one sentence a line)."""
    for name in CORPUS_FILES:
        with lzma.open(os.path.join(corpus, name), "rt", encoding="utf-8") as fh:
            for number, line in enumerate(fh):
                if number % 2 == part:
                    yield line.split()


def count(args: tuple[str, int, frozenset[str]]) -> Counts:
    corpus, part, function = args
    c = Counts()
    for toks in sentences(corpus, part):
        n = len(toks)
        if n and (m := TITLE_WITH_COMMA.match(toks[0])):
            c.opens_with_comma[m.group(1)] += 1
        for i in range(1, n):
            if (m := TITLE_WITH_COMMA.match(toks[i])) and WORD_OR_NUMBER.match(toks[i - 1]):
                c.comma_mid[m.group(1)] += 1
        for i in range(1, n - 1):
            if LOWER.match(toks[i - 1]) and LOWER.match(toks[i + 1]):
                if LOWER.match(toks[i]):
                    c.alone_lower[toks[i]] += 1
                elif TITLE.match(toks[i]):
                    c.alone_capital[toks[i].lower()] += 1
        for i in range(n - 2):
            if toks[i + 1] == "to" and LOWER.match(toks[i]):
                if LOWER.match(toks[i + 2]):
                    c.to_lower[toks[i]] += 1
                elif CAPITALISED.match(toks[i + 2]):
                    c.to_capital[toks[i]] += 1
        for i in range(n - 1):
            m = LOWER_WITH_MARK.match(toks[i])
            if not m:
                continue
            word, mark = m.groups()
            nxt = toks[i + 1]
            c.before_token[word] += 1
            if mark or nxt.lower() in function:
                c.phrase_end[word] += 1
            if mark:
                continue
            c.bare_before_token[word] += 1
            if nxt in ("the", "The") and i + 2 < n and CAPITALISED.match(toks[i + 2]):
                (c.after_the if nxt == "the" else c.after_capital_the)[toks[i + 2]] += 1
            if LOWER.match(nxt):
                if word in SUBJECT_PRONOUNS:
                    c.after_pronoun[nxt] += 1
                elif word in DETERMINERS:
                    c.after_determiner[nxt] += 1
            elif CAPITALISED.match(nxt):
                j = i + 2
                while j < n and j < i + 1 + MAX_NAME_TOKENS and CAPITALISED.match(toks[j]):
                    j += 1
                if j < n and LOWER.match(toks[j]):
                    c.name_then[(word, toks[j])] += 1
    return c


def count_names(args: tuple[str, int, frozenset[str]]) -> tuple[Counter, Counter]:
    """How often each capitalised word is a subject or a possessor mid-sentence, and how often
    "the" stands before it there."""
    corpus, part, finite = args
    subject, after_the = Counter(), Counter()
    for toks in sentences(corpus, part):
        for i in range(1, len(toks) - 1):
            word, nxt = toks[i], toks[i + 1]
            if not LOWER.match(toks[i - 1]):
                continue
            if word.endswith("'s") and TITLE.match(word[:-2]) and LOWER.match(nxt):
                word = word[:-2]
            elif not (TITLE.match(word) and nxt in finite):
                continue
            subject[word] += 1
            if toks[i - 1] == "the":
                after_the[word] += 1
    return subject, after_the


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lm-corpus", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    function = function_words(root)
    c = Counts()
    with ProcessPoolExecutor(2) as pool:
        for part in pool.map(count, [(args.lm_corpus, p, function) for p in (0, 1)]):
            c.add(part)

    tensed = {
        w
        for w, n in c.after_pronoun.items()
        if n >= MIN_FINITE_AFTER_PRONOUN and n > 2 * c.after_determiner[w]
    }
    finite = {
        w
        for w in tensed
        if w in AUXILIARIES
        or w not in function
        and w not in NOT_VERBS
        and w not in COMPOUND_PARTICIPLES
        and w not in BASE_ONLY
        and not w.endswith("ly")
        and not any(c.after_pronoun[f] for f in third_person(w))
        and w + "d" not in tensed
        and w + "ed" not in tensed
        and "-a-" not in w
    }
    subject_after = Counter()
    for (word, then), n in c.name_then.items():
        if then in finite:
            subject_after[word] += n
    no_subject_after = {
        w
        for w, n in c.bare_before_token.items()
        if n >= MIN_OCCURRENCES
        and w not in function
        and w not in NUMBER_WORDS
        and 1000 * subject_after[w] <= MAX_SUBJECT_AFTER_PERMILLE * n
        and c.phrase_end[w] >= MIN_PHRASE_END_SHARE * c.before_token[w]
    }
    after_lower_the = {
        w
        for w, n in c.after_the.items()
        if n + c.after_capital_the[w] >= MIN_AFTER_THE
        and c.after_capital_the[w] <= MAX_CAPITAL_THE_SHARE * (n + c.after_capital_the[w])
    }
    lower_alone = {
        w
        for w, n in c.alone_lower.items()
        if n + c.alone_capital[w] >= MIN_ALONE
        and c.alone_capital[w] <= MAX_ALONE_CAPITAL_SHARE * (n + c.alone_capital[w])
    }
    subject, subject_after_the = Counter(), Counter()
    with ProcessPoolExecutor(2) as pool:
        for part in pool.map(
            count_names, [(args.lm_corpus, p, frozenset(finite)) for p in (0, 1)]
        ):
            subject.update(part[0])
            subject_after_the.update(part[1])
    bare_name = {
        w
        for w, n in subject.items()
        if n >= MIN_SUBJECT and subject_after_the[w] <= MAX_SUBJECT_AFTER_THE_SHARE * n
    }
    takes_infinitive = {
        w
        for w, n in c.to_lower.items()
        if n >= MIN_TO_VERB and c.to_capital[w] <= MAX_TO_CAPITAL_SHARE * (n + c.to_capital[w])
    }
    sentence_adverb = {
        w
        for w, n in c.opens_with_comma.items()
        if n >= MIN_OPENS_WITH_COMMA and c.comma_mid[w] <= MAX_COMMA_MID_SHARE * n
    }
    rows = [f"after_lower_the\t{w}\n" for w in sorted(after_lower_the)]
    rows += [f"bare_name\t{w}\n" for w in sorted(bare_name)]
    rows += [f"finite\t{w}\n" for w in sorted(finite)]
    rows += [f"lower_alone\t{w}\n" for w in sorted(lower_alone)]
    rows += [f"no_subject_after\t{w}\n" for w in sorted(no_subject_after)]
    rows += [f"sentence_adverb\t{w}\n" for w in sorted(sentence_adverb)]
    rows += [f"takes_infinitive\t{w}\n" for w in sorted(takes_infinitive)]
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(rows)
    print(
        f"{len(after_lower_the)} words after a lower-case 'the', {len(finite)} finite verb forms,"
        f" {len(lower_alone)} words seldom capitalised alone, {len(no_subject_after)} words"
        f" without a subject after them, {len(takes_infinitive)} words whose 'to' takes a verb,"
        f" {len(bare_name)} names without an article, {len(sentence_adverb)} sentence adverbs"
        f" -> {args.out}"
    )


if __name__ == "__main__":
    main()
