#!/usr/bin/env python3
"""Build data/lexicon.tsv for textqc from the lm-corpus (Python 3.11, stdlib only).

Usage (from the repository root):

    python3 scripts/build-lexicon.py --lm-corpus ../shared/data/lm-corpus --out data/lexicon.tsv

Output: one entry per line, no header, sorted by word in byte (UTF-8) order:

    word<TAB>zipf100<TAB>cap<TAB>next_cap

word
    Lower-case word form: lower-case Latin-script letters (Unicode category Ll), optionally
    joined by internal apostrophes (') or hyphens (-), e.g. "officials", "don't",
    "mother-in-law", "café". The curly apostrophe (U+2019) is normalised to '. No digits, no
    spaces, no other characters.

zipf100
    Zipf frequency x 100, rounded to an integer and clamped to 0..800.
    * If the word is in wordfreq's large_en list (at any zipf, not only >= 1.5), its wordfreq
      zipf value is used.
    * Otherwise (SCOWL-only words and corpus-only words, e.g. hyphenated compounds, which
      wordfreq splits) it is estimated from the corpus:
          zipf = log10(count * 1e9 / total_tokens), floored at 0,
      where `count` is the number of corpus tokens whose key is the word and `total_tokens` is
      the number of non-empty tokens (after stripping punctuation; tokens with digits
      included) in the whole corpus. A SCOWL word never seen in the corpus gets 0.

cap
    Among the word's corpus occurrences that are NOT sentence-initial, the share written with an
    upper-case first letter (an all-caps token counts as capitalised), in permille (0..1000,
    rounded half up); "-" when there are fewer than 20 such occurrences.
    A token is sentence-initial when it is the first token of the line, when it starts with an
    opening quote or bracket, or when the previous token ends (ignoring closing quotes and
    brackets) with a colon, ".", "!", "?" or "…", or is / ends with an opening quote or bracket.

next_cap
    Among the corpus occurrences of the word written in lower case with no punctuation attached
    and followed by another token on the same line, the share where that next token starts with
    an upper-case letter, in permille; "-" with fewer than 50 such occurrences. "said" and "by"
    are often followed by a name, "market" and "assets" almost never: a capital right after
    such a word is evidence of a lost sentence boundary ("export market China faces").

Tokenisation: split each line on whitespace, strip leading/trailing punctuation and quotes
(straight and curly), drop tokens containing a digit, lower-case the rest and normalise ’ to '.
Only keys that are valid words (see above) are counted or emitted. Possessives seen in the
corpus (e.g. "china's") are kept as their own keys, as wordfreq does; only the SCOWL
possessives are skipped. Words split by unspaced dashes ("end—the") are not counted.

Which words are included:
    * every entry of wordfreq large_en with zipf >= 1.5 that is a valid word;
    * every SCOWL word (wamerican + wbritish), lower-cased, except entries ending in the
      possessive 's;
    * every corpus key seen >= --min-count times (default 5; raised automatically in steps of 1
      if the file would exceed --max-bytes, default 6 MB).

The corpus is processed by at most 2 worker processes: each decompresses every corpus file and
handles every other line-aligned block, so the result does not depend on scheduling. Counts
are exact integer sums, the output is sorted, and nothing time- or machine-dependent is
written, so the output is reproducible byte for byte.
"""

import argparse
import lzma
import math
import os
import re
import string
import sys
import time
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

CORPUS_FILES = (
    "news-wikinews.en.txt.xz",
    "usgov-speeches.en.txt.xz",
    "wikipedia.en.txt.xz",
)
WORDFREQ_FILE = "freq/wordfreq-large_en.tsv.xz"
SCOWL_FILES = (
    "freq/scowl-wamerican-american-english.txt.xz",
    "freq/scowl-wbritish-british-english.txt.xz",
)

BLOCK_BYTES = 1 << 23  # decompressed bytes per work block (line-aligned)
WORDFREQ_MIN_ZIPF = 1.5
CAP_MIN_OCCURRENCES = 20
# A lower-case word must be seen this often before another token to get a next_cap value.
NEXT_CAP_MIN_OCCURRENCES = 50

OPENERS = "\"'“‘„‚«‹([{"
CLOSERS = "\"'”’»›)]}"
ENDERS = frozenset(".!?:…")
OPENER_SET = frozenset(OPENERS)
# Characters stripped from both ends of a token: ASCII punctuation plus typographic quotes,
# dashes, ellipsis and similar.
STRIP = string.punctuation + "“”‘’„‚«»‹›—–‐‑‒―…·•¡¿§¶†‡′″"

# Letters, optionally joined by single internal apostrophes or hyphens.
WORD_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_latin_cache: dict[str, bool] = {}


def _is_latin_letter(ch: str) -> bool:
    """True for a lower-case Latin letter (é, ß, ø ...; not ʔ, ª or non-Latin scripts)."""
    r = _latin_cache.get(ch)
    if r is None:
        r = unicodedata.category(ch) == "Ll" and unicodedata.name(ch, "").startswith("LATIN ")
        _latin_cache[ch] = r
    return r


def normalise_key(form: str) -> str | None:
    """Lower-cased, ’-normalised key of a form, or None if it is not a valid word."""
    key = form.replace("’", "'").lower()
    if not WORD_RE.fullmatch(key):
        return None
    if not key.isascii():
        for ch in key:
            if ch not in "'-" and not _is_latin_letter(ch):
                return None
    return key


def iter_blocks(path: str):
    """Yield line-aligned byte blocks of a decompressed .xz file."""
    carry = b""
    with lzma.open(path, "rb") as f:
        while True:
            data = f.read(BLOCK_BYTES)
            if not data:
                break
            buf = carry + data
            cut = buf.rfind(b"\n")
            if cut < 0:
                carry = buf
                continue
            yield buf[:cut]
            carry = buf[cut + 1:]
    if carry:
        yield carry


def count_shard(paths: list[str], shard: int, nshards: int):
    """Count token forms in every nshards-th block, starting at block `shard`.

    Returns (all_counts, mid_counts): raw stripped forms -> occurrences, and
    -> non-sentence-initial occurrences.
    """
    all_c: Counter = Counter()
    mid_c: Counter = Counter()
    pre_c: Counter = Counter()
    pre_cap_c: Counter = Counter()
    strip = STRIP
    closers = CLOSERS
    enders = ENDERS
    openers = OPENER_SET
    idx = 0
    for path in paths:
        for block in iter_blocks(path):
            mine = idx % nshards == shard
            idx += 1
            if not mine:
                continue
            forms: list[str] = []
            mids: list[str] = []
            pres: list[str] = []
            pre_caps: list[str] = []
            for line in block.decode("utf-8").split("\n"):
                toks = line.split()
                if not toks:
                    continue
                stripped = [t.strip(strip) for t in toks]
                forms.extend(stripped)
                mids.extend(
                    s
                    for p, t, s in zip(toks, toks[1:], stripped[1:])
                    if t[0] not in openers
                    and p[-1] not in openers
                    and p.rstrip(closers)[-1:] not in enders
                )
                # A lower-case word with nothing attached, and whether the next token is
                # capitalised: how often clean text puts a capital right after this word.
                for p, t in zip(toks, toks[1:]):
                    if p.islower() and p.isalpha():
                        pres.append(p)
                        if t[0].isupper():
                            pre_caps.append(p)
            all_c.update(forms)
            mid_c.update(mids)
            pre_c.update(pres)
            pre_cap_c.update(pre_caps)
    all_c.pop("", None)
    mid_c.pop("", None)
    return all_c, mid_c, pre_c, pre_cap_c


def reduce_forms(all_c: Counter, mid_c: Counter):
    """Fold raw forms into keys. Returns (total_tokens, {key: [count, mid, mid_cap]})."""
    total = 0
    stats: dict[str, list[int]] = {}
    for form, n in all_c.items():
        total += n
        if any(ch.isdigit() for ch in form):
            continue
        key = normalise_key(form)
        if key is None:
            continue
        st = stats.get(key)
        if st is None:
            st = stats[key] = [0, 0, 0]
        st[0] += n
        m = mid_c.get(form, 0)
        if m:
            st[1] += m
            if form[0].isupper() or (len(form) >= 2 and form.isupper()):
                st[2] += m
    return total, stats


def read_wordfreq(path: str):
    """All wordfreq entries (valid words only) -> zipf100, and the set with zipf >= 1.5."""
    zipf100: dict[str, int] = {}
    include: set[str] = set()
    with lzma.open(path, "rt", encoding="utf-8") as f:
        header = f.readline()
        assert header.startswith("word\tzipf"), header
        for line in f:
            word, zipf, _freq = line.rstrip("\n").split("\t")
            key = normalise_key(word)
            if key is None:
                continue
            z = float(zipf)
            z100 = min(800, max(0, int(math.floor(z * 100 + 0.5))))
            # Keep the highest value if normalisation merges two entries.
            if zipf100.get(key, -1) < z100:
                zipf100[key] = z100
            if z >= WORDFREQ_MIN_ZIPF:
                include.add(key)
    return zipf100, include


def read_scowl(paths: list[str]) -> set[str]:
    words: set[str] = set()
    for path in paths:
        with lzma.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if not w or w.endswith("'s") or w.endswith("’s"):
                    continue
                key = normalise_key(w)
                if key is not None:
                    words.add(key)
    return words


def corpus_zipf100(count: int, total: int) -> int:
    if count <= 0:
        return 0
    z = math.log10(count * 1e9 / total)
    return min(800, max(0, int(math.floor(z * 100 + 0.5))))


def render(words, wf_zipf, stats, total, nexts) -> bytes:
    out = []
    for w in words:
        st = stats.get(w)
        z = wf_zipf.get(w)
        if z is None:
            z = corpus_zipf100(st[0] if st else 0, total)
        if st and st[1] >= CAP_MIN_OCCURRENCES:
            cap = str((2000 * st[2] + st[1]) // (2 * st[1]))
        else:
            cap = "-"
        nx = nexts.get(w)
        if nx and nx[0] >= NEXT_CAP_MIN_OCCURRENCES:
            next_cap = str((2000 * nx[1] + nx[0]) // (2 * nx[0]))
        else:
            next_cap = "-"
        out.append(f"{w}\t{z}\t{cap}\t{next_cap}\n")
    return "".join(out).encode("utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lm-corpus", required=True, help="path to the lm-corpus folder")
    ap.add_argument("--out", required=True, help="output TSV path")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (1 or 2)")
    ap.add_argument("--min-count", type=int, default=5,
                    help="include corpus words seen at least this often (default 5)")
    ap.add_argument("--max-bytes", type=int, default=6_000_000,
                    help="raise --min-count until the output is at most this big")
    args = ap.parse_args()
    jobs = max(1, min(2, args.jobs))
    t0 = time.monotonic()

    def log(msg: str) -> None:
        print(f"[{time.monotonic() - t0:6.1f}s] {msg}", file=sys.stderr, flush=True)

    base = args.lm_corpus
    paths = [os.path.join(base, p) for p in CORPUS_FILES]
    for p in paths:
        if not os.path.isfile(p):
            ap.error(f"missing corpus file {p}")

    all_c: Counter = Counter()
    mid_c: Counter = Counter()
    pre_c: Counter = Counter()
    pre_cap_c: Counter = Counter()
    if jobs == 1:
        all_c, mid_c, pre_c, pre_cap_c = count_shard(paths, 0, 1)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as ex:
            futs = [ex.submit(count_shard, paths, k, jobs) for k in range(jobs)]
            wf_zipf, wf_include = read_wordfreq(os.path.join(base, WORDFREQ_FILE))
            scowl = read_scowl([os.path.join(base, p) for p in SCOWL_FILES])
            for fut in futs:
                a, m, pr, pc = fut.result()
                all_c.update(a)
                mid_c.update(m)
                pre_c.update(pr)
                pre_cap_c.update(pc)
                del a, m, pr, pc
    if jobs == 1:
        wf_zipf, wf_include = read_wordfreq(os.path.join(base, WORDFREQ_FILE))
        scowl = read_scowl([os.path.join(base, p) for p in SCOWL_FILES])
    log(f"corpus counted: {len(all_c)} distinct forms")
    total, stats = reduce_forms(all_c, mid_c)
    del all_c, mid_c
    nexts = {w: (n, pre_cap_c.get(w, 0)) for w, n in pre_c.items()}
    del pre_c, pre_cap_c
    log(f"total tokens {total}, distinct word keys {len(stats)}; "
        f"wordfreq >= {WORDFREQ_MIN_ZIPF}: {len(wf_include)}, SCOWL: {len(scowl)}")

    fixed = wf_include | scowl
    min_count = args.min_count
    while True:
        words = sorted(fixed | {w for w, st in stats.items() if st[0] >= min_count},
                       key=lambda w: w.encode("utf-8"))
        data = render(words, wf_zipf, stats, total, nexts)
        log(f"min corpus count {min_count}: {len(words)} entries, {len(data)} bytes")
        if len(data) <= args.max_bytes:
            break
        min_count += 1
        log(f"output larger than {args.max_bytes} bytes; raising the corpus threshold")

    n_wf = sum(1 for w in words if w in wf_zipf)
    n_cap = sum(1 for line in data.split(b"\n") if line.count(b"\t") >= 2 and line.split(b"\t")[2] == b"-")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, args.out)
    log(f"wrote {args.out}: {len(words)} entries ({n_wf} with wordfreq zipf, "
        f"{len(words) - n_wf} with corpus-estimated zipf; {len(words) - n_cap} with a cap value), "
        f"{len(data)} bytes, corpus threshold {min_count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
