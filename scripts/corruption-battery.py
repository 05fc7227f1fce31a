#!/usr/bin/env python3
"""Measure textqc on corruptions the dev sets do not contain, applied to clean news and speeches.

The dev set ../shared/data/dev/broken_sentences.jsonl has eight kinds of corruption; the hidden
test set has "other random corruptions". This script takes clean text from the lm-corpus
(Wikinews, read from ../shared at run time and never copied into the repository), builds
documents of four paragraphs of two consecutive sentences, applies one corruption
of one kind to each, and reports for every kind the share of corruptions that a broken, mt,
repetition or encoding flag overlaps, and the share of documents with any such flag (a lost
bracket is reported where its partner stands). It also checks the same documents uncorrupted
and prints their flags per 1000 words. That rate is an upper bound on false flags, not one:
Wikinews carries interview transcripts ("very very", "the the"), typos of its own, and
documents cut from a running file can join two articles.

The kinds: a space inside a word, two letters swapped, a letter dropped, a space before a
mark, a doubled mark, a sentence start in lower case, a sentence written twice, an opening
bracket lost, an HTML entity left in, a function word dropped, two words swapped, a paragraph
cut mid-sentence, and a common word capitalised mid-sentence.

With --dev-kinds it applies instead the eight kinds of the dev set, rebuilt from their
description in ../shared/data/dev/README.md: how recall per kind carries over from the MQM
references the dev set corrupts to other news text. With --wmt22-references it takes instead the
human references of ../shared/data/dev/garble_wmt.jsonl (WMT 2022 news, chat, e-commerce and
social posts, one segment a line, as in the dev set), read at run time, and applies every kind
to every one of them four times.

Usage (from the repository root):
    cargo build --release
    python3 scripts/corruption-battery.py --lm-corpus ../shared/data/lm-corpus \\
        --textqc target/release/textqc [--seed 1] [--misses KIND] [--dev-kinds] \\
        [--wmt22-references]
"""

import argparse
import collections
import json
import lzma
import os
import random
import re
import subprocess
import tempfile

SOURCES = ("news-wikinews.en.txt.xz",)
WORD = re.compile(r"[A-Za-z]+")
CATEGORIES = ("broken", "mt", "repetition", "encoding")


def documents(lm_corpus):
    """Clean documents: 4 paragraphs of 2 consecutive sentences each."""
    for name in SOURCES:
        with lzma.open(os.path.join(lm_corpus, name), "rt", encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip()]
        for i in range(0, len(lines) - 8, 8):
            paras = [" ".join(lines[i + k:i + k + 2]) for k in range(0, 8, 2)]
            yield "\n".join(paras) + "\n"


# Each kind is applied this many times to every WMT 2022 reference (64 documents).
WMT22_ROUNDS = 4


def wmt22_references(dev_data):
    """The human references of the WMT 2022 garble set, one document each."""
    with open(os.path.join(dev_data, "garble_wmt.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("is_reference"):
                yield r["text"] if r["text"].endswith("\n") else r["text"] + "\n"


def lower_words(t, min_len):
    return [m for m in WORD.finditer(t) if len(m.group()) >= min_len and m.group().islower()]


def split_word(t, rng):
    m = rng.choice(lower_words(t, 8))
    p = m.start() + rng.randint(3, len(m.group()) - 3)
    return t[:p] + " " + t[p:], m.start(), m.end() + 1


def swap_letters(t, rng):
    m = rng.choice(lower_words(t, 6))
    w = m.group()
    p = rng.randint(1, len(w) - 3)
    w2 = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    if w2 == w:
        return None
    return t[:m.start()] + w2 + t[m.end():], m.start(), m.end()


def drop_letter(t, rng):
    m = rng.choice(lower_words(t, 6))
    w = m.group()
    p = rng.randint(1, len(w) - 2)
    return t[:m.start()] + w[:p] + w[p + 1:] + t[m.end():], m.start(), m.end() - 1


def space_before_mark(t, rng):
    m = rng.choice(list(re.finditer(r"[a-z]([,.]) ", t)))
    p = m.start(1)
    return t[:p] + " " + t[p:], p - 3, p + 2


def doubled_mark(t, rng):
    m = rng.choice(list(re.finditer(r"[a-z]([,.]) ", t)))
    p = m.start(1)
    return t[:p] + t[p] + t[p:], p - 3, p + 2


def lowercase_start(t, rng):
    m = rng.choice(list(re.finditer(r"[a-z]\. ([A-Z][a-z]+) [a-z]", t)))
    p = m.start(1)
    return t[:p] + t[p].lower() + t[p + 1:], p - 2, m.end(1)


def sentence_twice(t, rng):
    m = rng.choice(list(re.finditer(r"(?<=[.!?] )[A-Z][^.!?\n]{30,200}[.!?]", t)))
    return t[:m.end()] + " " + m.group() + t[m.end():], m.end() + 1, m.end() + 1 + len(m.group())


def lost_open_bracket(t, rng):
    m = rng.choice(list(re.finditer(r"\(", t)))
    return t[:m.start()] + t[m.end():], max(0, m.start() - 1), m.start() + 3


def html_entity(t, rng):
    m = rng.choice(list(re.finditer(r"[&'\"]", t)))
    rep = {"&": "&amp;", "'": "&#39;", '"': "&quot;"}[m.group()]
    return t[:m.start()] + rep + t[m.end():], m.start(), m.start() + len(rep)


def dropped_function_word(t, rng):
    m = rng.choice(list(re.finditer(r"(?<= )(the|of|to|a|in|and|is|was) (?=[a-z])", t)))
    return t[:m.start()] + t[m.end():], max(0, m.start() - 6), m.start() + 6


def swapped_words(t, rng):
    m = rng.choice(list(re.finditer(r"(?<= )([a-z]+) ([a-z]+)(?= )", t)))
    if m.group(1) == m.group(2):
        return None
    return t[:m.start()] + m.group(2) + " " + m.group(1) + t[m.end():], m.start(), m.end()


def cut_paragraph(t, rng):
    m = rng.choice(list(re.finditer(r"[.!?]\n", t)))
    s = t.rfind(". ", 0, m.start())
    if s < 0:
        return None
    mid = t.rfind(" ", s + 2, s + 2 + (m.start() - s - 2) // 2)
    if mid <= s + 2:
        return None
    return t[:mid] + t[m.end() - 1:], mid - 5, mid + 1


def capital_mid_sentence(t, rng):
    m = rng.choice(list(re.finditer(r"(?<=[a-z] )([a-z]{4,})(?= [a-z])", t)))
    w = m.group()
    return t[:m.start()] + w[0].upper() + w[1:] + t[m.end():], m.start(), m.end()


KINDS = [split_word, swap_letters, drop_letter, space_before_mark, doubled_mark, lowercase_start,
         sentence_twice, lost_open_bracket, html_entity, dropped_function_word, swapped_words,
         cut_paragraph, capital_mid_sentence]


# The eight kinds of the dev set, rebuilt from their description in ../shared/data/dev/README.md
# (`--dev-kinds`), to see how recall per kind carries over from the MQM references to other text.

def truncate_join(t, rng):
    lines = t.split("\n")
    cands = [i for i in range(len(lines) - 1) if len(lines[i].split()) >= 6 and lines[i + 1].strip()]
    i = rng.choice(cands)
    words = lines[i].split(" ")
    keep = max(1, round(len(words) * rng.uniform(0.35, 0.8)))
    head = " ".join(words[:keep])
    start = len("\n".join(lines[:i])) + (1 if i else 0)
    new_line = head + " " + lines[i + 1]
    new = "\n".join(lines[:i] + [new_line] + lines[i + 2:])
    last_word = start + len(head) - len(words[keep - 1])
    first_glued_end = start + len(head) + 1 + len(lines[i + 1].split(" ")[0])
    return new, last_word, first_glued_end


def merge_sentences(t, rng):
    m = rng.choice(list(re.finditer(r"(\w+)\. ([A-Z]\w*)", t)))
    return t[:m.end(1)] + t[m.end(1) + 1:], m.start(1), m.end(2) - 1


def stray_punct(t, rng):
    m = rng.choice(list(re.finditer(r"(?<=[a-z])(?= [a-z])", t)))
    marks = rng.choice([" .", ". ."])
    w = t.rfind(" ", 0, m.start()) + 1
    return t[:m.start()] + marks + t[m.start():], w, m.start() + len(marks)


def dup_word(t, rng):
    m = rng.choice(list(re.finditer(r"(?<= )[a-z]+(?= )", t)))
    return t[:m.end()] + " " + m.group() + t[m.end():], m.start(), m.end() * 2 - m.start() + 1


def dup_phrase(t, rng):
    n = rng.randint(2, 4)
    m = rng.choice(list(re.finditer(r"(?<= )[A-Za-z]+(?: [A-Za-z]+){%d}(?= )" % (n - 1), t)))
    return t[:m.end()] + " " + m.group() + t[m.end():], m.start(), m.end() * 2 - m.start() + 1


def missing_space(t, rng):
    m = rng.choice(list(re.finditer(r"(?<=[A-Za-z]) (?=[A-Za-z])", t)))
    a = t.rfind(" ", 0, m.start()) + 1
    b = m.end()
    while b < len(t) and t[b].isalpha():
        b += 1
    return t[:m.start()] + t[m.end():], a, b - 1


def quote_swap(t, rng):
    m = rng.choice(list(re.finditer(r'(?<=\w)[”"](?=[\s,.]|$)', t)))
    rep = '"' if m.group() == "”" else "”"
    a = t.rfind(" ", 0, m.start()) + 1
    return t[:m.start()] + rep + t[m.end():], a, m.end()


def drop_close_quote(t, rng):
    m = rng.choice(list(re.finditer(r'(?:^|(?<=\s))["“]([^"”\n]{3,300}?)["”]', t)))
    close = m.end() - 1
    return t[:close] + t[close + 1:], m.start(), close


DEV_KINDS = [truncate_join, merge_sentences, stray_punct, dup_word, dup_phrase, missing_space,
             quote_swap, drop_close_quote]


def check(textqc, records):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for rid, text in records:
            f.write(json.dumps({"id": rid, "text": text}) + "\n")
        path = f.name
    try:
        out = subprocess.run([textqc, "check", "--input", "jsonl", path, "--format", "jsonl",
                              "--no-progress"], capture_output=True, check=False).stdout
    finally:
        os.unlink(path)
    flags = {}
    for line in out.decode().splitlines():
        d = json.loads(line)
        flags[d["id"]] = [x for x in d.get("flags", []) if x["category"] in CATEGORIES]
    return flags


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lm-corpus", default="../shared/data/lm-corpus")
    ap.add_argument("--textqc", default="target/release/textqc")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--misses", help="print the misses of one kind")
    ap.add_argument("--max-misses", type=int, default=25, help="print at most this many misses")
    ap.add_argument("--dev-kinds", action="store_true",
                    help="the eight kinds of the dev set instead, rebuilt from its README")
    ap.add_argument("--wmt22-references", action="store_true",
                    help="corrupt the WMT 2022 human references of the dev set instead")
    ap.add_argument("--dev-data", default="../shared/data/dev")
    args = ap.parse_args()
    kinds = DEV_KINDS if args.dev_kinds else KINDS
    rng = random.Random(args.seed)
    if args.wmt22_references:
        texts = list(wmt22_references(args.dev_data))
        pairs = [(t, kind) for kind in kinds for _ in range(WMT22_ROUNDS) for t in texts]
    else:
        texts = list(documents(args.lm_corpus))
        pairs = [(t, kinds[n % len(kinds)]) for n, t in enumerate(texts)]
    clean = [(f"c{n}", text) for n, text in enumerate(texts)]
    corrupted = []
    for n, (text, kind) in enumerate(pairs):
        try:
            done = kind(text, rng)
        except (IndexError, ValueError):
            done = None
        if done:
            new, start, end = done
            corrupted.append((f"d{n}", kind.__name__, new,
                              len(new[:start].encode()), len(new[:end].encode())))
    flags = check(args.textqc, clean)
    words = sum(len(t.split()) for _, t in clean)
    false = sum(len(flags.get(i, [])) for i, _ in clean)
    print(f"clean documents: {len(clean)}, {words} words, "
          f"{false} flags = {1000 * false / words:.2f} per 1000 words")
    flags = check(args.textqc, [(i, t) for i, _, t, _, _ in corrupted])
    total, hit, doc_hit = collections.Counter(), collections.Counter(), collections.Counter()
    misses = []
    for rid, kind, text, start, end in corrupted:
        fl = flags.get(rid, [])
        total[kind] += 1
        doc_hit[kind] += bool(fl)
        if any(f["start"] < end and f["end"] > start for f in fl):
            hit[kind] += 1
        elif kind == args.misses:
            b = text.encode()
            misses.append(b[max(0, start - 50):end + 40].decode("utf-8", "replace"))
    print(f"{'kind':24} {'n':>5} {'span recall':>12} {'doc recall':>11}")
    for kind in (k.__name__ for k in kinds):
        if total[kind]:
            print(f"{kind:24} {total[kind]:5} {hit[kind] / total[kind]:12.2f} "
                  f"{doc_hit[kind] / total[kind]:11.2f}")
    for m in misses[:args.max_misses]:
        print("  miss:", repr(m))


if __name__ == "__main__":
    main()
