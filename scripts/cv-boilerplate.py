#!/usr/bin/env python3
"""Cross-validate the whole boilerplate pipeline on the dev pages and leak documents.

usage: scripts/cv-boilerplate.py [--data ../shared/data/dev] [--scorer ../shared/tools/textqc-score]
                                 [-- FIT-BOILERPLATE OPTIONS]

The line classifier's weights are fitted on the same dev files that `textqc-score` measures, so
its dev numbers flatter it; the hidden pages are other sites. For each of 5 folds (grouped by
document, as in fit-boilerplate.py) this fits the weights on the other four folds
(`fit-boilerplate.py --holdout K`), builds textqc with them in a scratch copy of the tree, and runs
it on the held-out documents exactly as textqc-score does (pages in one run, leak documents in
batches that share no line). The counts are pooled over the folds: page-line precision, recall and
F1, leak block recall and the share of clean leak bytes flagged, for the classifier together with
the phrase rules and every other boilerplate check, on documents its weights never saw.
"""
import argparse, importlib.machinery, importlib.util, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TREE = ["Cargo.toml", "Cargo.lock", "build.rs", "src", "rules", "data", "examples", "benches", "tests",
        "seeds", "README.md"]


def load_scorer(path):
    loader = importlib.machinery.SourceFileLoader("textqc_score", path)
    spec = importlib.util.spec_from_loader("textqc_score", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "dev"))
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "tools", "textqc-score"))
    ap.add_argument("--errors", help="write the held-out page lines judged wrongly and the leak "
                                     "blocks missed here (JSONL)")
    ap.add_argument("fit_args", nargs="*", help="passed on to fit-boilerplate.py")
    args = ap.parse_args()
    ts = load_scorer(args.scorer)
    pages = {r["id"]: r for r in ts.load(os.path.join(args.data, "webpages_trafilatura.jsonl"))}
    leaks = {r["id"]: r for r in ts.load(os.path.join(args.data, "leak_boilerplate.jsonl"))}

    scratch = tempfile.mkdtemp(prefix="textqc-cv.")
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(tempfile.gettempdir(), "textqc-cv-target"))
    tree = os.path.join(scratch, "tree")
    os.makedirs(tree)
    for name in TREE:
        src = os.path.join(ROOT, name)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(tree, name))
        elif os.path.exists(src):
            shutil.copy(src, tree)

    errors = []
    tp = fp = fn = 0
    blocks = found = clean_bytes = fp_bytes = 0
    for k in range(5):
        ids_path = os.path.join(scratch, f"held{k}.txt")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "fit-boilerplate.py"),
                        "--data", args.data, "--holdout", str(k), "--holdout-ids", ids_path,
                        "--out", os.path.join(tree, "data", "boilerplate-model.toml")]
                       + args.fit_args, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["cargo", "build", "--quiet", "--release"], cwd=tree, check=True,
                       env=dict(os.environ, CARGO_TARGET_DIR=target))
        textqc = os.path.join(target, "release", "textqc")
        held = open(ids_path).read().split()
        fold_pages = [pages[d] for d in held if d in pages]
        fold_leaks = [leaks[d] for d in held if d in leaks]

        out, _ = ts.run(textqc, [(r["id"], r["text"]) for r in fold_pages], f"cv{k}.pages")
        for r in fold_pages:
            doc = out.get(r["id"], {"flags": []})
            fl = ts.flags_of(doc, {"boilerplate", "repetition"})
            for ln in r["lines"]:
                pred = any(ts.overlaps((ln["start"], ln["end"]), f) for f in fl)
                gold = ln["label"] == "boilerplate"
                tp += pred and gold; fp += pred and not gold; fn += gold and not pred
                if pred != gold:
                    rules = sorted({f["rule"] for f in doc["flags"]
                                    if ts.overlaps((ln["start"], ln["end"]), (f["start"], f["end"]))})
                    line = r["text"].encode()[ln["start"]:ln["end"]].decode("utf-8", "replace")
                    errors.append({"id": r["id"], "gold": ln["label"], "rules": rules, "line": line})
        out, _ = ts.run_independent(textqc, [(r["id"], r["text"]) for r in fold_leaks], f"cv{k}.leaks")
        for r in fold_leaks:
            fl = ts.flags_of(out.get(r["id"], {"flags": []}), {"boilerplate"})
            raw = r["text"].encode()
            cov = ts.cover(len(raw), fl)
            inj = [(sp["start"], sp["end"]) for sp in r["spans"]]
            for s, e in inj:
                blocks += 1
                hit = e > s and sum(cov[s:e]) / (e - s) >= 0.5
                found += hit
                if not hit:
                    block = raw[s:e].decode("utf-8", "replace")
                    errors.append({"id": r["id"], "gold": "leak block", "rules": [], "line": block})
            fb, tot = ts.false_bytes(raw, inj, fl)
            fp_bytes += fb; clean_bytes += tot
        print(f"fold {k}: {len(fold_pages)} pages, {len(fold_leaks)} leak documents", file=sys.stderr)
    shutil.rmtree(scratch)
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)

    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"cross-validated: page line F1 {f1:.3f} (P {p:.3f} R {r:.3f}), "
          f"leak block recall {found / max(blocks, 1):.3f}, "
          f"leak false byte rate {fp_bytes / max(clean_bytes, 1):.4f}")


if __name__ == "__main__":
    main()
