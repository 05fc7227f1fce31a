#!/usr/bin/env python3
"""Can a word-trigram language model find MQM "Major Fluency" errors and stay quiet on human text?

The issue asked whether an n-gram model adds measured value for Major Fluency recall; this script is
the measurement. It trains an interpolated Kneser-Ney word-trigram model on the clean English
lm-corpus, scores every token of the MQM dev file (MT outputs and human references), flags the most
surprising positions at a sweep of thresholds and scores the flags with the rules of
../shared/tools/textqc-score (mt_metrics): recall of distinct Major Fluency spans, span and byte
precision, false flags on references per 1000 words. Flags at random positions are the chance
baseline. Segment-level AUCs (segments with a Major Fluency span vs segments with no span) follow.
Result (whole corpus): recall 0.013 at 0.42 false flags/kw on references (random positions: 0.005);
recall 0.25 costs 17.4/kw. Segment AUC: max surprisal 0.686, segment length alone 0.807.

Usage, from the repository root (standard-library Python 3, one core):
    python3 scripts/ngram-fluency-sweep.py [--lm-corpus DIR] [--mqm FILE] [--max-words N] [--cache FILE]
Defaults: ../shared/data/lm-corpus and ../shared/data/dev/mqm_wmt20_zhen.jsonl. On the whole corpus
(2,605,649 lines, 64.6 M tokens) it takes 2.5 minutes and peaks at 3.4 GiB (the trigram counts);
a second run with the same --cache takes 16 s and 0.7 GiB. --max-words 5000000 (30 s) only checks
that it runs. The cache holds statistics only for the n-grams of one MQM file, so the script
retrains when the MQM file, corpus or --max-words differ.
"""

import argparse, bisect, collections, itertools, json, lzma, math, os, pickle, random, re, resource, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The order matters a little: ties at the 50,000th vocabulary entry go to the word seen first, and
# --max-words takes a prefix. This is the order of the run reported at the stop that added this script.
CORPUS_FILES = ("wikipedia.en.txt.xz", "news-wikinews.en.txt.xz", "usgov-speeches.en.txt.xz")
VOCAB_SIZE = 50000
RARE_RANK = 10000  # "skip rare": no flag where the word or the word before is outside the top 10k
# target flags per 1000 words (MT and references together); each gives one threshold per variant
RATES = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 1.5, 2, 3, 5, 7.5, 10, 15, 20, 25, 30, 40, 50, 75, 100]
VARIANTS = [("surprisal", "s3", 1, False),  # (name, score, window, skip rare)
            ("surprisal, skip rare", "s3", 1, True),
            ("PMI, min of window 2", "pmi", 2, False),
            ("random (chance)", "rand", 1, False)]
T0 = time.time()


def log(msg):
    print(f"[{time.time() - T0:4.0f}s] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- tokens and sentences
# a word (letters/digits), an apostrophe suffix split off ('s, 't), or one punctuation character
TOK_RE = re.compile(r"[^\W_]+|(?<=[^\W_])['\u2019][^\W_]+|[^\w\s]|_")
DIGIT_RE = re.compile(r"\d")
BOS, EOS, UNK, UNKCAP, NUM = "<s>", "</s>", "<unk>", "<Unk>", "<num>"
SPECIALS = [BOS, EOS, UNK, UNKCAP, NUM]
ABBR = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "prof", "gen", "gov", "sen", "rep", "u.s",
        "inc", "co", "corp", "ltd"}

def norm(tok):
    """The vocabulary form: lower case; every token with a digit is one <num>."""
    return NUM if DIGIT_RE.search(tok) else tok.lower().replace("\u2019", "'")

def ids_of(tokens, vocab):
    """Unknown words keep one bit of shape: <Unk> when capitalised (mostly names), else <unk>."""
    unk, unkcap = vocab[UNK], vocab[UNKCAP]
    return [vocab.get(norm(t), unkcap if t[:1].isupper() else unk) for t in tokens]

def sentences(text):
    """(line index, [(token, byte start, byte end)]) per sentence. The corpus has one sentence per
    line, so MQM lines are split too: at . ! ? before a capital or a quote, not after an abbreviation."""
    boff = 0
    for li, line in enumerate(text.split("\n")):
        cum = [0]  # char offset -> byte offset within the line
        for ch in line:
            cum.append(cum[-1] + len(ch.encode("utf-8")))
        toks = [(m.group(), m.start(), m.end()) for m in TOK_RE.finditer(line)]
        cur = []
        for k, (t, s, e) in enumerate(toks):
            cur.append((t, boff + cum[s], boff + cum[e]))
            if t in ".!?" and k + 1 < len(toks):
                nxt, prev = toks[k + 1][0], toks[k - 1][0].lower() if k > 0 else ""
                if (nxt[:1].isupper() or nxt[:1] in "\"'\u201c") and prev not in ABBR and len(prev) > 1:
                    yield li, cur
                    cur = []
        if cur:
            yield li, cur
        boff += cum[-1] + 1

def padded(tokens, vocab):
    return [vocab[BOS], vocab[BOS]] + ids_of(tokens, vocab) + [vocab[EOS]]


# ---------------------------------------------------------------- training
def corpus_lines(corpus_dir):
    for name in CORPUS_FILES:
        with lzma.open(os.path.join(corpus_dir, name), "rt", encoding="utf-8") as f:
            yield from f

def train(corpus_dir, eval_sents, max_words):
    """Interpolated Kneser-Ney statistics, kept only where the MQM file needs them (the full counts
    are gigabytes). An n-gram of ids is packed into one int: (u*V + v)*V + w."""
    counts, ntok, nlines = collections.Counter(), 0, 0
    for line in corpus_lines(corpus_dir):
        toks = TOK_RE.findall(line)
        counts.update(map(norm, toks))
        ntok, nlines = ntok + len(toks), nlines + 1
        if ntok >= max_words:
            break
    log(f"vocabulary pass: {nlines} lines, {ntok} tokens, {len(counts)} types")
    for s in SPECIALS:
        counts.pop(s, None)
    itos = SPECIALS + [w for w, _ in counts.most_common(VOCAB_SIZE)]
    del counts
    vocab = {w: i for i, w in enumerate(itos)}
    V = len(itos)

    tri, buf = collections.Counter(), []
    for line in itertools.islice(corpus_lines(corpus_dir), nlines):
        s = padded(TOK_RE.findall(line), vocab)
        buf.extend([(a * V + b) * V + c for a, b, c in zip(s, s[1:], s[2:])])
        if len(buf) > 5_000_000:  # one Counter.update on a long list is far faster than many short ones
            tri.update(buf)
            buf.clear()
    tri.update(buf)
    del buf
    log(f"trigram pass: {len(tri)} trigram types")

    need3, needctx, need2 = set(), set(), set()
    for sents in eval_sents:
        for _, sent in sents:
            s = padded([t for t, _, _ in sent], vocab)
            for a, b, c in zip(s, s[1:], s[2:]):
                need3.add((a * V + b) * V + c); needctx.add(a * V + b); need2.add(b * V + c)
    n1 = n2 = 0
    ctx_tot, ctx_typ = collections.Counter(), collections.Counter()  # c(u v .) and N1+(u v .)
    bi_cont = collections.Counter()  # N1+(. v w) of every bigram type: its continuation count
    mid_typ = [0] * V                # N1+(. v .)
    for k, cnt in tri.items():
        ctx = k // V
        n1 += cnt == 1; n2 += cnt == 2
        if ctx in needctx:
            ctx_tot[ctx] += cnt; ctx_typ[ctx] += 1
        bi_cont[k % (V * V)] += 1
        mid_typ[ctx % V] += 1
    tri_need = {k: tri[k] for k in need3 if k in tri}
    del tri
    m1 = m2 = 0
    v_typ, w_typ = [0] * V, [0] * V  # N1+(v .) and N1+(. w) over bigram types
    for k, cnt in bi_cont.items():
        v, w = divmod(k, V)
        v_typ[v] += 1; w_typ[w] += 1
        m1 += cnt == 1; m2 += cnt == 2
    model = dict(itos=itos, D3=n1 / (n1 + 2 * n2), D2=m1 / (m1 + 2 * m2), tri=tri_need, ctx_tot=dict(ctx_tot),
                 ctx_typ=dict(ctx_typ), bi={k: bi_cont[k] for k in need2 if k in bi_cont}, mid_typ=mid_typ,
                 v_typ=v_typ, w_typ=w_typ, nbi_types=len(bi_cont), train_tokens=ntok)
    log(f"{len(bi_cont)} bigram types, D3 {model['D3']:.4f}, D2 {model['D2']:.4f}")
    return model


# ---------------------------------------------------------------- scoring every MQM position
Pos = collections.namedtuple("Pos", "line sent i start end s3 s1 rare")

def score(m, eval_sents):
    """Per record, one Pos per word and per </s>: s3 = -log2 P_KN(w | u v), s1 = -log2 P_KN(w), in bits.
    Its byte span is the bigram (previous word, word); the word alone at a sentence start, and the
    last word for </s>."""
    vocab = {w: i for i, w in enumerate(m["itos"])}
    V, D3, D2, NB = len(vocab), m["D3"], m["D2"], m["nbi_types"]
    unkish = {vocab[UNK], vocab[UNKCAP], vocab[NUM]}

    def p1(w):
        return (m["w_typ"][w] + 0.5) / (NB + 0.5 * V)

    def p2(v, w):
        d = m["mid_typ"][v]
        return p1(w) if d == 0 else (max(m["bi"].get(v * V + w, 0) - D2, 0) + D2 * m["v_typ"][v] * p1(w)) / d

    def p3(u, v, w):
        ctx = u * V + v
        d = m["ctx_tot"].get(ctx, 0)
        if d == 0:
            return p2(v, w)
        return (max(m["tri"].get(ctx * V + w, 0) - D3, 0) + D3 * m["ctx_typ"][ctx] * p2(v, w)) / d

    out = []
    for sents in eval_sents:
        pos = []
        for sn, (li, sent) in enumerate(sents):
            s = padded([t for t, _, _ in sent], vocab)
            for i in range(len(sent) + 1):
                u, v, w = s[i:i + 3]
                unk = w in unkish or (v in unkish and i > 0)
                if i < len(sent):
                    start, end = sent[max(i - 1, 0)][1], sent[i][2]
                    rare = unk or vocab.get(norm(sent[i][0]), V) > RARE_RANK + len(SPECIALS)
                else:
                    start, end, rare = sent[-1][1], sent[-1][2], False
                pos.append(Pos(li, sn, i, start, end, -math.log(p3(u, v, w)) / math.log(2),
                               -math.log(p1(w)) / math.log(2), rare))
        out.append(pos)
    return out


# ---------------------------------------------------------------- metrics, as textqc-score mt_metrics
def overlaps(a, b):
    return a[0] < b[1] and a[1] > b[0]

def cover(n, spans):
    c = bytearray(n)
    for s, e in spans:
        s, e = max(s, 0), min(e, n)
        if e > s:
            c[s:e] = b"\x01" * (e - s)
    return c

def words(t):
    return len(t.split())

class Gold:
    """What mt_metrics needs of the MQM records, computed once."""
    def __init__(self, recs):
        self.recs = []
        for r in recs:
            raw, sp = r["text"].encode(), r["spans"]
            errs = [(s["start"], s["end"]) for s in sp if s.get("severity") != "Neutral"]
            majors = {(s["start"], s["end"]) for s in sp
                      if s["severity"] == "Major" and s["category"].startswith("Fluency")}
            self.recs.append(dict(raw=raw, errs=errs, majors=majors, err_cover=cover(len(raw), errs),
                                  allsp=[(s["start"], s["end"]) for s in sp], ref=bool(r.get("is_reference"))))
        self.n_major = sum(len(g["majors"]) for g in self.recs)
        self.ref_words = sum(words(r["text"]) for r in recs if r.get("is_reference"))
        self.mt_words = sum(words(r["text"]) for r in recs if not r.get("is_reference"))

    def metrics(self, flags_by_rec):
        nflags = nhit = majhit = fl_bytes = fl_in = ref_false = mt_flags = 0
        for g, fl in zip(self.recs, flags_by_rec):
            if not fl:
                continue
            nflags += len(fl); nhit += sum(any(overlaps(f, e) for e in g["errs"]) for f in fl)
            majhit += sum(any(overlaps(s, f) for f in fl) for s in g["majors"])
            # non-blank flagged bytes, and those inside a (non-Neutral) error span
            for b, fi, gi in zip(g["raw"], cover(len(g["raw"]), fl), g["err_cover"]):
                if fi and b != 10 and b != 32:
                    fl_bytes += 1; fl_in += gi
            if g["ref"]:
                ref_false += sum(not any(overlaps(f, e) for e in g["allsp"]) for f in fl)
            else:
                mt_flags += len(fl)
        return dict(flags=nflags, recall=majhit / self.n_major, span_p=nhit / nflags if nflags else 0.0,
                    byte_p=fl_in / fl_bytes if fl_bytes else 0.0, ref_false_kw=1000 * ref_false / self.ref_words,
                    mt_kw=1000 * mt_flags / self.mt_words)


# ---------------------------------------------------------------- flag variants and the sweep
def candidates(positions, kind, window, skip_rare):
    """Per record, (score, byte span) of every place the variant may flag. Window 2 scores two
    neighbours by the smaller value, so that one odd word alone does not fire."""
    rng = random.Random(0)
    value = {"s3": lambda p: p.s3, "pmi": lambda p: p.s3 - p.s1, "rand": lambda p: rng.random()}[kind]
    out = []
    for pos in positions:
        rare = [p.rare or (p.i > 0 and pos[j - 1].rare) for j, p in enumerate(pos)]
        c = []
        for j, p in enumerate(pos):
            sc = value(p)
            if skip_rare and (rare[j] or (window == 2 and j + 1 < len(pos) and rare[j + 1])):
                continue
            if window == 1:
                c.append((sc, (p.start, p.end)))
            elif j + 1 < len(pos) and pos[j + 1].sent == p.sent:
                c.append((min(sc, value(pos[j + 1])), (p.start, pos[j + 1].end)))
        out.append(c)
    return out

def merge(spans):
    """A detector would report overlapping flags as one."""
    out = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out

def sweep(positions, gold):
    rows = []
    for name, kind, window, skip_rare in VARIANTS:
        cands = candidates(positions, kind, window, skip_rare)
        ranked = sorted((sc for c in cands for sc, _ in c), reverse=True)
        for rate in RATES:
            n = int(rate * (gold.ref_words + gold.mt_words) / 1000)
            if n < len(ranked):  # flag what scores above the (n+1)-th best: about n flags before merging
                m = gold.metrics([merge([sp for sc, sp in c if sc > ranked[n]]) for c in cands])
                rows.append(dict(m, variant=name, rate=rate, T=ranked[n]))
        log(f"swept {name}")
    return rows

def fmt(m):
    return (f"{m['variant']:22s} {m['rate']:6g} {m['T']:7.2f} {m['flags']:6d} {m['recall']:6.3f} {m['span_p']:5.2f}"
            f" {m['byte_p']:5.2f} {m['ref_false_kw']:8.2f} {m['mt_kw']:6.2f}")

def report(rows):
    print("\nrate = target flags/kw (all text); T = threshold in bits; refF/kw = flags on references that touch"
          " no rater span, per 1000 reference words; MT/kw = flags per 1000 MT words")
    print(f"{'variant':22s} {'rate':>6s} {'T':>7s} {'flags':>6s} {'recall':>6s} {'spanP':>5s} {'byteP':>5s}"
          f" {'refF/kw':>8s} {'MT/kw':>6s}")
    for m in rows:
        print(fmt(m))
    recall, fewer_false = (lambda m: m["recall"]), (lambda m: -m["ref_false_kw"])
    for title, ok, better in (("best recall with ref false <= 0.5/kw", lambda m: m["ref_false_kw"] <= 0.5, recall),
                              ("best recall with ref false <= 0.3/kw", lambda m: m["ref_false_kw"] <= 0.3, recall),
                              ("lowest ref false with recall >= 0.25", lambda m: m["recall"] >= 0.25, fewer_false)):
        print(f"\n{title}, per variant:")
        for name, *_ in VARIANTS:
            found = [m for m in rows if m["variant"] == name and ok(m)]
            print(fmt(max(found, key=better)) if found else f"{name:22s} (none)")  # the first of equals


# ---------------------------------------------------------------- segment-level AUC
def auc(pos, neg):
    """Mann-Whitney AUC: P(pos > neg), ties count half."""
    neg = sorted(neg)
    return sum(bisect.bisect_left(neg, v) + bisect.bisect_right(neg, v) for v in pos) / 2 / (len(pos) * len(neg))

def auc_within_length(pos, neg, nbins=10):
    """AUC inside length deciles, weighted by pairs: what a feature knows beyond segment length."""
    lens = sorted(n for _, n in pos + neg)
    cuts = [lens[len(lens) * k // nbins] for k in range(1, nbins)]
    tot = weight = 0.0
    for k in range(nbins):
        P = [v for v, n in pos if sum(n >= c for c in cuts) == k]
        N = [v for v, n in neg if sum(n >= c for c in cuts) == k]
        if P and N:
            tot += auc(P, N) * len(P) * len(N); weight += len(P) * len(N)
    return tot / weight

def segment_aucs(recs, positions):
    """MT segments with a Major Fluency span against MT segments with no span at all."""
    feats = {"max surprisal": lambda L: max(p.s3 for p in L), "max PMI": lambda L: max(p.s3 - p.s1 for p in L),
             "segment length alone": len}  # length in tokens
    pos, neg = collections.defaultdict(list), collections.defaultdict(list)
    for r, P in zip(recs, positions):
        if r.get("is_reference"):
            continue
        byline = collections.defaultdict(list)
        for p in P:
            byline[p.line].append(p)
        for li, seg in enumerate(r["segments"]):
            L = byline.get(li)
            touching = [s for s in r["spans"] if overlaps((s["start"], s["end"]), seg)]
            major = any(s["severity"] == "Major" and s["category"].startswith("Fluency") for s in touching)
            if L and (major or not touching):
                for name, f in feats.items():
                    (pos if major else neg)[name].append((f(L), len(L)))
    print(f"\nsegment AUC: {len(pos['max surprisal'])} MT segments with a Major Fluency span vs "
          f"{len(neg['max surprisal'])} with no span")
    for name in feats:
        print(f"  {name:22s} AUC {auc([v for v, _ in pos[name]], [v for v, _ in neg[name]]):.3f}"
              f"   within length deciles {auc_within_length(pos[name], neg[name]):.3f}")


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lm-corpus", default=os.path.join(ROOT, "..", "shared", "data", "lm-corpus"))
    ap.add_argument("--mqm", default=os.path.join(ROOT, "..", "shared", "data", "dev", "mqm_wmt20_zhen.jsonl"))
    ap.add_argument("--max-words", type=int, default=10 ** 12, help="train on a prefix of about N tokens")
    ap.add_argument("--cache", help="pickle of the trained statistics: written after training, read if it fits")
    args = ap.parse_args()

    recs = [json.loads(line) for line in open(args.mqm, encoding="utf-8")]
    eval_sents = [list(sentences(r["text"])) for r in recs]
    key = dict(corpus=os.path.abspath(args.lm_corpus), files=CORPUS_FILES, max_words=args.max_words,
               mqm=os.path.abspath(args.mqm), mqm_size=os.path.getsize(args.mqm))
    model = None
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            model = pickle.load(f)
        if model.get("key") != key:
            log("the cache was made for other inputs: retraining")
            model = None
    if model is None:
        model = dict(train(args.lm_corpus, eval_sents, args.max_words), key=key)
        if args.cache:
            with open(args.cache, "wb") as f:
                pickle.dump(model, f, protocol=pickle.HIGHEST_PROTOCOL)
    positions = score(model, eval_sents)

    gold = Gold(recs)
    print(f"trained on {model['train_tokens']} tokens; {len(recs)} MQM records, {gold.n_major} Major Fluency "
          f"spans, {gold.ref_words} reference words, {gold.mt_words} MT words")
    for ref in (True, False):  # data/dev/README.md: a trigram model finds MT *more* probable than references
        bits = [p.s3 for r, P in zip(recs, positions) if bool(r.get("is_reference")) == ref for p in P]
        print(f"perplexity on {'references' if ref else 'MT'}: {2 ** (sum(bits) / len(bits)):.1f}")
    report(sweep(positions, gold))
    segment_aucs(recs, positions)
    log(f"done; peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2 ** 20:.2f} GiB")


if __name__ == "__main__":
    main()
