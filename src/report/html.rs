//! `--format html`: one self-contained page for a reviewer, readable offline, with every flagged
//! span highlighted in its text.
//!
//! The page is written as documents arrive, so a corpus report needs the memory of one document,
//! not of the corpus: the head goes out with the first document and the summary, known only at
//! the end, goes last and is moved to the top by CSS. Documents without flags take one line and
//! passing ones are folded, so that the failures stand out in a long report.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::{char_span, DocOut, FlagOut, InputError, Reporter, Source, Summary};
use crate::check::Category;
use crate::engine::{DocReport, RuleInfo};
use crate::text::LineIndex;

/// Unflagged lines shown either side of a flagged one.
const CONTEXT_LINES: usize = 2;

/// Runs of unflagged lines longer than this are folded.
const FOLD_LINES: usize = 4;

pub struct Html {
    rule_summaries: HashMap<&'static str, String>,
    started: bool,
    documents: usize,
}

impl Html {
    /// A reporter that explains the rule names in its flag tables with `rules`' summaries.
    pub fn new(rules: &[RuleInfo]) -> Html {
        Html {
            rule_summaries: rules.iter().map(|r| (r.id, r.summary.clone())).collect(),
            started: false,
            documents: 0,
        }
    }

    fn start(&mut self, w: &mut dyn Write) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let mut category_css = String::new();
        let mut options = String::new();
        for c in Category::ALL {
            let (name, colour) = (c.name(), colour(c));
            let _ = writeln!(
                category_css,
                ".c-{name}{{background:{colour}}}\
                 body[data-category={name}] mark:not(.c-{name}){{background:none}}"
            );
            let _ = write!(options, "<option>{name}</option>");
        }
        write!(
            w,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>textqc report</title>\n<style>\n{STYLE}{category_css}</style>\n</head>\n\
             <body>\n<header>\n<h1>textqc report</h1>\n\
             <p class=\"meta\">textqc {} · documents in input order, passing ones folded · \
             <a href=\"#summary\">summary</a></p>\n\
             <form id=\"filter\" hidden><label>Category \
             <select id=\"category\"><option value=\"\">all</option>{options}</select></label> \
             <label><input type=\"checkbox\" id=\"failing\"> failing documents only</label></form>\n\
             </header>\n<main>\n",
            env!("CARGO_PKG_VERSION")
        )
    }
}

fn colour(c: Category) -> &'static str {
    match c {
        Category::Mt => "#f7a8a8",
        Category::Boilerplate => "#a9cdf2",
        Category::Broken => "#ffd27a",
        Category::Repetition => "#d4b5f2",
        Category::Encoding => "#9fe0ad",
        Category::Language => "#f5c08f",
    }
}

const STYLE: &str = "\
body{font:14px/1.45 system-ui,sans-serif;color:#1d1d1f;background:#f6f6f6;max-width:76rem;\
margin:0 auto;padding:1rem;display:flex;flex-direction:column;gap:.4rem}
header{order:-2}#summary{order:-1}[hidden]{display:none!important}
h1{font-size:1.4rem;margin:0}h2{font-size:1.1rem;margin:.2rem 0}
.meta{color:#666}.meta a{color:inherit}
.doc,#summary{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.3rem .7rem}
.doc[data-verdict=pass]{border-left:4px solid #2e7d32}
.doc[data-verdict=fail]{border-left:4px solid #c62828}
.doc[data-verdict=error]{border-left:4px solid #6a1b9a}
.doc>summary{cursor:pointer}
div.doc{padding-left:calc(.7rem + 1.2em)}
.verdict{display:inline-block;min-width:2.8em;text-align:center;border-radius:3px;color:#fff;\
font-weight:600;font-size:.85em;padding:0 .3em}
.verdict.pass{background:#2e7d32}.verdict.fail{background:#c62828}.verdict.error{background:#6a1b9a}
.score{font-weight:600;font-variant-numeric:tabular-nums;display:inline-block;min-width:2.6em;\
text-align:right}
.good{color:#2e7d32}.fair{color:#b26a00}.poor{color:#c62828}
.src,code,.text{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.risk{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:.4rem 0;font-size:.85em}
.r{display:inline-flex;align-items:center;gap:.3rem}.r.zero{opacity:.4}
.bar{display:inline-block;width:5rem;height:.55rem;background:#eee;border-radius:3px;overflow:hidden}
.bar>span{display:block;height:100%}
.cost{margin:.3rem 0;font-size:.9em}
.text{font-size:13px;background:#fcfcfc;border:1px solid #eee;padding:.3rem 0}
.l{white-space:pre-wrap;overflow-wrap:anywhere;padding-left:4.4em;text-indent:-4.4em;min-height:1.45em}
.l::before{content:attr(data-n);display:inline-block;width:3.6em;margin-right:.8em;text-indent:0;\
text-align:right;color:#999;user-select:none}
.gap>summary{color:#888;font-style:italic;cursor:pointer;padding-left:4.4em}
mark{color:inherit;border-radius:2px}
mark.multi{outline:1px solid #555}
mark.point::after{content:\"\\2038\";font-weight:700}
.cp{font-size:.75em;border:1px solid #999;border-radius:2px;padding:0 2px;color:#555}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9em}
table.cats{width:auto;min-width:20rem}
th,td{border-bottom:1px solid #eee;padding:.2rem .4rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.sev.error{color:#c62828;font-weight:600}.sev.warning{color:#b26a00}.sev.info{color:#1565c0}
.fix{background:#e8f5e9}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em}
";

const SCRIPT: &str = "\
const filter = document.getElementById('filter');
const category = document.getElementById('category');
const failing = document.getElementById('failing');
filter.hidden = false;
filter.addEventListener('change', () => {
  const c = category.value;
  document.body.dataset.category = c;
  for (const d of document.querySelectorAll('.doc')) {
    d.hidden = (failing.checked && d.dataset.verdict === 'pass') ||
      (c !== '' && !d.dataset.cats.split(' ').includes(c));
  }
  for (const row of document.querySelectorAll('tr[data-cat]')) {
    row.hidden = c !== '' && row.dataset.cat !== c;
  }
});
";

/// Characters that show as nothing or reorder the text around them: controls, zero-width and
/// bidirectional marks, the byte-order mark. The page names them by code point instead, so a
/// reviewer sees what the encoding checks flag and the text cannot rearrange the page.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{ad}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

fn entity(c: char) -> Option<&'static str> {
    match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&#39;"),
        _ => None,
    }
}

/// `s` as HTML text.
fn push_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match entity(c) {
            Some(e) => out.push_str(e),
            None if is_invisible(c) => {
                let _ = write!(
                    out,
                    "<span class=\"cp\" title=\"U+{0:04X}\">U+{0:04X}</span>",
                    c as u32
                );
            }
            None => out.push(c),
        }
    }
}

/// `s` inside a quoted attribute value.
fn push_attr(out: &mut String, s: &str) {
    for c in s.chars() {
        match entity(c) {
            Some(e) => out.push_str(e),
            None if is_invisible(c) => {
                let _ = write!(out, "[U+{:04X}]", c as u32);
            }
            None => out.push(c),
        }
    }
}

fn score_band(score: f64) -> &'static str {
    if score >= 80.0 {
        "good"
    } else if score >= 50.0 {
        "fair"
    } else {
        "poor"
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// A stretch of text between two consecutive flag boundaries or line ends, with the flags (by
/// index) covering all of it. A flag of no length is a piece of no length at its place.
#[derive(Debug, PartialEq)]
struct Piece {
    start: usize,
    end: usize,
    flags: Vec<usize>,
}

/// Cuts `[0, len)` at every span boundary and at every `cuts` position, so that overlapping flags
/// render as nested-free pieces each marked with all the flags that cover it.
fn pieces(len: usize, spans: &[(usize, usize)], cuts: &[usize]) -> Vec<Piece> {
    let mut at_list: Vec<usize> = spans
        .iter()
        .flat_map(|&(s, e)| [s, e])
        .chain(cuts.iter().copied())
        .chain([0, len])
        .collect();
    at_list.sort_unstable();
    at_list.dedup();
    let mut by_start: Vec<usize> = (0..spans.len()).collect();
    by_start.sort_by_key(|&i| spans[i]);
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (k, &at) in at_list.iter().enumerate() {
        active.retain(|&i| spans[i].1 > at);
        while let Some(&i) = by_start.get(next).filter(|&&i| spans[i].0 <= at) {
            if spans[i].1 > at {
                active.push(i);
            } else {
                out.push(Piece {
                    start: at,
                    end: at,
                    flags: vec![i],
                });
            }
            next += 1;
        }
        if let Some(&end) = at_list.get(k + 1) {
            active.sort_unstable();
            out.push(Piece {
                start: at,
                end,
                flags: active.clone(),
            });
        }
    }
    out
}

/// One line of the text: where it ends before its terminator, and its pieces.
struct Line {
    end: usize,
    pieces: std::ops::Range<usize>,
    flagged: bool,
}

/// The lines of `text` with the pieces on each; a final empty line after a trailing newline is
/// not a line a reader sees, and is dropped.
fn lines(text: &str, spans: &[(usize, usize)]) -> (Vec<Piece>, Vec<Line>) {
    let index = LineIndex::new(text);
    let mut count = index.line_count();
    if count > 1 && text.ends_with('\n') {
        count -= 1;
    }
    let bounds: Vec<(usize, usize)> = (1..=count).map(|n| index.line_span(text, n)).collect();
    let cuts: Vec<usize> = bounds.iter().flat_map(|&(s, e)| [s, e]).collect();
    let pieces = pieces(text.len(), spans, &cuts);
    let mut lines = Vec::with_capacity(count);
    let mut p = 0;
    for (n, &(_, end)) in bounds.iter().enumerate() {
        let next_start = bounds.get(n + 1).map_or(usize::MAX, |b| b.0);
        let first = p;
        while p < pieces.len() && pieces[p].start < next_start {
            p += 1;
        }
        lines.push(Line {
            end,
            pieces: first..p,
            flagged: pieces[first..p].iter().any(|pc| !pc.flags.is_empty()),
        });
    }
    (pieces, lines)
}

/// One document's section, rendered from its DOC and its text.
struct DocPage<'a> {
    id: usize,
    text: &'a str,
    doc: &'a DocOut<'a>,
    rule_summaries: &'a HashMap<&'static str, String>,
}

impl DocPage<'_> {
    fn score_line(&self, out: &mut String, source: &Source) {
        let doc = self.doc;
        let kind = match source {
            Source::Path(_) => "file",
            Source::Id(_) => "record id",
        };
        let _ = write!(
            out,
            "<span class=\"verdict {0}\">{0}</span> <span class=\"score {1}\">{2:.1}</span> \
             <span class=\"src\" title=\"{kind}\">",
            doc.verdict,
            score_band(doc.score),
            doc.score
        );
        push_text(out, source.label());
        let _ = write!(
            out,
            "</span> <span class=\"meta\">· {} · {}</span>",
            plural(doc.flags.len(), "flag"),
            plural(doc.words, "word")
        );
    }

    fn risk(&self, out: &mut String) {
        out.push_str("<div class=\"risk\">");
        for c in Category::ALL {
            let risk = self.doc.risk.get(c);
            let _ = write!(
                out,
                "<span class=\"r{}\">{name} <span class=\"bar\"><span class=\"c-{name}\" \
                 style=\"width:{:.0}%\"></span></span> {risk:.2}</span>",
                if risk > 0.0 { "" } else { " zero" },
                risk * 100.0,
                name = c.name()
            );
        }
        out.push_str("</div>\n");
    }

    /// What each rule cost of the score, the largest first.
    fn costs(&self, out: &mut String) {
        let mut per_rule: Vec<(&str, f64, usize)> = Vec::new();
        for f in &self.doc.flags {
            match per_rule.iter_mut().find(|(r, _, _)| *r == f.rule) {
                Some(entry) => {
                    entry.1 += f.cost;
                    entry.2 += 1;
                }
                None => per_rule.push((f.rule, f.cost, 1)),
            }
        }
        per_rule.sort_by(|a, b| b.1.total_cmp(&a.1));
        out.push_str("<p class=\"cost\">Score lost: ");
        for (i, (rule, cost, n)) in per_rule.iter().enumerate() {
            out.push_str(if i == 0 { "<code>" } else { ", <code>" });
            push_text(out, rule);
            let _ = write!(out, "</code> ×{n} −{cost:.1}");
        }
        out.push_str("</p>\n");
    }

    fn text(&self, out: &mut String) {
        let text = self.text;
        let spans: Vec<(usize, usize)> = self
            .doc
            .flags
            .iter()
            .map(|f| char_span(text, f.start, f.end))
            .collect();
        let (pieces, lines) = lines(text, &spans);
        let mut shown = vec![false; lines.len()];
        for (n, line) in lines.iter().enumerate() {
            if line.flagged {
                let around =
                    n.saturating_sub(CONTEXT_LINES)..(n + CONTEXT_LINES + 1).min(shown.len());
                shown[around].fill(true);
            }
        }
        let mut anchored: Vec<usize> = self.doc.flags.iter().map(|f| f.line).collect();
        anchored.sort_unstable();
        anchored.dedup();
        out.push_str("<div class=\"text\">\n");
        let mut n = 0;
        while n < lines.len() {
            let run = shown[n..].iter().take_while(|s| !**s).count();
            if run > FOLD_LINES {
                let _ = writeln!(
                    out,
                    "<details class=\"gap\"><summary>{} without flags</summary>",
                    plural(run, "line")
                );
                for (k, line) in lines.iter().enumerate().skip(n).take(run) {
                    self.line(out, k + 1, line, &pieces, &anchored);
                }
                out.push_str("</details>\n");
                n += run;
            } else {
                self.line(out, n + 1, &lines[n], &pieces, &anchored);
                n += 1;
            }
        }
        out.push_str("</div>\n");
    }

    fn line(
        &self,
        out: &mut String,
        number: usize,
        line: &Line,
        pieces: &[Piece],
        anchored: &[usize],
    ) {
        out.push_str("<div class=\"l\"");
        if anchored.binary_search(&number).is_ok() {
            let _ = write!(out, " id=\"d{}-l{number}\"", self.id);
        }
        let _ = write!(out, " data-n=\"{number}\">");
        for piece in &pieces[line.pieces.clone()] {
            let is_point = piece.start == piece.end;
            if !is_point && piece.end > line.end {
                continue;
            }
            let content = &self.text[piece.start..piece.end];
            if piece.flags.is_empty() {
                push_text(out, content);
                continue;
            }
            self.mark(out, piece, content, is_point);
        }
        out.push_str("</div>\n");
    }

    fn mark(&self, out: &mut String, piece: &Piece, content: &str, is_point: bool) {
        let flags: Vec<&FlagOut> = piece.flags.iter().map(|&i| &self.doc.flags[i]).collect();
        let mut categories: Vec<&str> = flags.iter().map(|f| f.category).collect();
        categories.sort_unstable();
        categories.dedup();
        let mut classes: Vec<String> = categories.iter().map(|c| format!("c-{c}")).collect();
        if flags.len() > 1 {
            classes.push("multi".into());
        }
        if is_point {
            classes.push("point".into());
        }
        let _ = write!(out, "<mark class=\"{}\" data-f=\"", classes.join(" "));
        for (k, i) in piece.flags.iter().enumerate() {
            let _ = write!(out, "{}{}", if k == 0 { "" } else { " " }, i + 1);
        }
        out.push_str("\" title=\"");
        for (k, f) in flags.iter().enumerate() {
            if k > 0 {
                out.push('\n');
            }
            push_attr(out, &format!("{} ({}): {}", f.rule, f.severity, f.message));
        }
        out.push_str("\">");
        push_text(out, content);
        out.push_str("</mark>");
    }

    fn table(&self, out: &mut String) {
        out.push_str(
            "<table class=\"flags\"><thead><tr><th>#</th><th>Line:col</th><th>Rule</th>\
             <th>Severity</th><th>Message</th><th>Cost</th><th>Fix</th></tr></thead><tbody>\n",
        );
        let id = self.id;
        for (i, f) in self.doc.flags.iter().enumerate() {
            let _ = write!(
                out,
                "<tr id=\"d{id}-f{0}\" data-cat=\"{1}\"><td class=\"num\">{0}</td>\
                 <td class=\"num\"><a href=\"#d{id}-l{2}\">{2}:{3}</a></td><td><code title=\"",
                i + 1,
                f.category,
                f.line,
                f.column
            );
            push_attr(
                out,
                self.rule_summaries.get(f.rule).map_or("", String::as_str),
            );
            out.push_str("\">");
            push_text(out, f.rule);
            let _ = write!(
                out,
                "</code></td><td class=\"sev {0}\">{0}</td><td>",
                f.severity
            );
            push_text(out, f.message);
            let _ = write!(out, "</td><td class=\"num\">−{:.1}</td><td>", f.cost);
            match f.fix {
                Some("") => out.push_str("<i>delete</i>"),
                Some(fix) => {
                    out.push_str("<code class=\"fix\">");
                    push_text(out, fix);
                    out.push_str("</code>");
                }
                None => {}
            }
            out.push_str("</td></tr>\n");
        }
        out.push_str("</tbody></table>\n");
    }
}

impl Reporter for Html {
    fn document(
        &mut self,
        w: &mut dyn Write,
        source: &Source,
        text: &str,
        report: &DocReport,
    ) -> io::Result<()> {
        self.start(w)?;
        self.documents += 1;
        let doc = DocOut::new(source, text, report);
        let page = DocPage {
            id: self.documents,
            text,
            doc: &doc,
            rule_summaries: &self.rule_summaries,
        };
        let cats: Vec<&str> = Category::ALL
            .iter()
            .filter(|c| report.flags.iter().any(|f| f.category == **c))
            .map(|c| c.name())
            .collect();
        let mut out = String::new();
        let head = format!(
            "class=\"doc\" id=\"d{}\" data-verdict=\"{}\" data-cats=\"{}\"",
            page.id,
            doc.verdict,
            cats.join(" ")
        );
        if doc.flags.is_empty() {
            let _ = write!(out, "<div {head}>");
            page.score_line(&mut out, source);
            out.push_str("</div>\n");
        } else {
            let open = if doc.verdict == "pass" { "" } else { " open" };
            let _ = write!(out, "<details {head}{open}><summary>");
            page.score_line(&mut out, source);
            out.push_str("</summary>\n");
            page.risk(&mut out);
            page.costs(&mut out);
            page.text(&mut out);
            page.table(&mut out);
            out.push_str("</details>\n");
        }
        w.write_all(out.as_bytes())
    }

    fn error(&mut self, w: &mut dyn Write, error: &InputError) -> io::Result<()> {
        self.start(w)?;
        let mut out = String::from(
            "<div class=\"doc\" data-verdict=\"error\" data-cats=\"\">\
             <span class=\"verdict error\">error</span> <span class=\"src\">",
        );
        push_text(&mut out, &error.location);
        out.push_str("</span> ");
        push_text(&mut out, &error.message);
        out.push_str("</div>\n");
        w.write_all(out.as_bytes())
    }

    fn finish(&mut self, w: &mut dyn Write, s: &Summary) -> io::Result<()> {
        self.start(w)?;
        let mut out = String::from("</main>\n<section id=\"summary\">\n<h2>Summary</h2>\n");
        let _ = writeln!(
            out,
            "<p>{} checked: <b class=\"good\">{}</b> passed, <b class=\"poor\">{}</b> failed, \
             <b>{}</b> could not be read; {} in {}.</p>",
            plural(s.documents, "document"),
            s.passed,
            s.failed,
            s.errors,
            plural(s.flags, "flag"),
            plural(s.words, "word")
        );
        if s.accepted > 0 {
            let _ = writeln!(
                out,
                "<p>{} accepted by the baseline, not shown.</p>",
                plural(s.accepted, "flag")
            );
        }
        out.push_str("<table class=\"cats\"><thead><tr><th>Category</th><th>Flags</th><th></th></tr></thead><tbody>\n");
        let most = s.by_category.iter().copied().max().unwrap_or(0).max(1);
        for (c, n) in Category::ALL.iter().zip(s.by_category) {
            let _ = writeln!(
                out,
                "<tr><td><span class=\"swatch c-{name}\"></span>{name}</td><td class=\"num\">{n}</td>\
                 <td><span class=\"bar\"><span class=\"c-{name}\" style=\"width:{:.0}%\"></span></span></td></tr>",
                n as f64 * 100.0 / most as f64,
                name = c.name()
            );
        }
        out.push_str("</tbody></table>\n");
        if !s.by_rule.is_empty() {
            let mut rules: Vec<(&str, usize)> = s.by_rule.iter().map(|(r, n)| (*r, *n)).collect();
            rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            out.push_str(
                "<details><summary>Flags per rule</summary><table class=\"cats\"><thead><tr>\
                 <th>Rule</th><th>Flags</th></tr></thead><tbody>\n",
            );
            for (rule, n) in rules {
                out.push_str("<tr><td><code>");
                push_text(&mut out, rule);
                let _ = writeln!(out, "</code></td><td class=\"num\">{n}</td></tr>");
            }
            out.push_str("</tbody></table></details>\n");
        }
        out.push_str("</section>\n<script>\n");
        out.push_str(SCRIPT);
        out.push_str("</script>\n</body>\n</html>\n");
        w.write_all(out.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_flags_split_the_text_at_every_boundary() {
        // 0..10 and 5..15 overlap on 5..10.
        let got = pieces(20, &[(0, 10), (5, 15)], &[]);
        let want = [
            (0, 5, vec![0]),
            (5, 10, vec![0, 1]),
            (10, 15, vec![1]),
            (15, 20, vec![]),
        ];
        assert_eq!(got.len(), want.len());
        for (piece, (start, end, flags)) in got.iter().zip(want) {
            assert_eq!((piece.start, piece.end, &piece.flags), (start, end, &flags));
        }
    }

    #[test]
    fn a_flag_of_no_length_is_a_point() {
        let got = pieces(6, &[(3, 3)], &[]);
        assert!(got.contains(&Piece {
            start: 3,
            end: 3,
            flags: vec![0]
        }));
    }

    #[test]
    fn flags_across_lines_are_marked_on_each_line() {
        let text = "ab cd\nef gh\n";
        let (pieces, lines) = lines(text, &[(3, 8)]);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.flagged));
        let marked: Vec<&str> = pieces
            .iter()
            .filter(|p| !p.flags.is_empty())
            .map(|p| &text[p.start..p.end])
            .collect();
        assert_eq!(marked, ["cd", "\n", "ef"]);
    }

    #[test]
    fn markup_and_invisible_characters_are_escaped() {
        let mut out = String::new();
        push_text(&mut out, "<b>\"it's\" & \u{202e}");
        assert_eq!(
            out,
            "&lt;b&gt;&quot;it&#39;s&quot; &amp; <span class=\"cp\" title=\"U+202E\">U+202E</span>"
        );
        let mut attr = String::new();
        push_attr(&mut attr, "a\"b\u{200b}");
        assert_eq!(attr, "a&quot;b[U+200B]");
    }
}
