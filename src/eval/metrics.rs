use std::collections::BTreeMap;

use serde::Serialize;

use super::gold::{CategoryMap, GoldRecord};
use crate::check::Category;
use crate::engine::DocReport;

/// Precision counts flags that overlap a gold span; recall counts gold spans overlapped by a flag.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Prf {
    pub flags: usize,
    pub flags_correct: usize,
    pub gold: usize,
    pub gold_found: usize,
}

impl Prf {
    pub fn precision(&self) -> Option<f64> {
        (self.flags > 0).then(|| self.flags_correct as f64 / self.flags as f64)
    }

    pub fn recall(&self) -> Option<f64> {
        (self.gold > 0).then(|| self.gold_found as f64 / self.gold as f64)
    }

    pub fn f1(&self) -> Option<f64> {
        let (p, r) = (self.precision()?, self.recall()?);
        Some(if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleRow {
    pub rule: String,
    pub category: Category,
    pub flags: usize,
    pub flags_correct: usize,
    /// Flags on clean records that overlap no labelled span.
    pub clean_false: usize,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct SweepRow {
    pub threshold: f64,
    pub rejected: usize,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub name: String,
    pub records: usize,
    pub words: usize,
    pub overall: Prf,
    pub by_category: BTreeMap<Category, Prf>,
    /// Gold spans and how many were found, per gold label.
    pub by_label: BTreeMap<String, Prf>,
    pub rules: Vec<RuleRow>,
    /// Line-level precision and recall of boilerplate/repetition flags on labelled lines.
    pub lines: Option<Prf>,
    /// Mean Kendall tau between the chosen risk and the document quality number, and the
    /// number of groups it averages over.
    pub kendall: Option<(f64, usize)>,
    /// False flags (overlapping no labelled span) per 1000 words on clean records.
    pub clean_false_per_kword: Option<f64>,
    pub clean_words: usize,
    pub sweep: Vec<SweepRow>,
    /// Documents that the gold marks as damaged (a mapped span or a boilerplate line).
    pub damaged_documents: usize,
}

/// Accumulates one gold file's records and their reports.
pub struct Evaluation {
    map: CategoryMap,
    /// The risk ranked against the quality number: a category, or `None` for 100 − score.
    risk: Option<Category>,
    report: FileReport,
    rules: BTreeMap<&'static str, RuleRow>,
    lines: Prf,
    any_lines: bool,
    groups: BTreeMap<String, Vec<(f64, f64)>>,
    clean_false: usize,
    gate: Vec<(f64, bool)>,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

impl Evaluation {
    pub fn new(name: &str, map: CategoryMap, risk: Option<Category>) -> Evaluation {
        Evaluation {
            map,
            risk,
            report: FileReport {
                name: name.to_string(),
                records: 0,
                words: 0,
                overall: Prf::default(),
                by_category: BTreeMap::new(),
                by_label: BTreeMap::new(),
                rules: Vec::new(),
                lines: None,
                kendall: None,
                clean_false_per_kword: None,
                clean_words: 0,
                sweep: Vec::new(),
                damaged_documents: 0,
            },
            rules: BTreeMap::new(),
            lines: Prf::default(),
            any_lines: false,
            groups: BTreeMap::new(),
            clean_false: 0,
            gate: Vec::new(),
        }
    }

    pub fn add(&mut self, rec: &GoldRecord, doc: &DocReport) {
        let r = &mut self.report;
        r.records += 1;
        r.words += doc.words;
        let gold: Vec<(usize, usize)> = rec.spans.iter().map(|s| (s.start, s.end)).collect();
        let flags: Vec<((usize, usize), Category, &'static str)> = doc
            .flags
            .iter()
            .map(|f| ((f.span.start, f.span.end), f.category, f.rule))
            .collect();

        // Precision: a flag is correct when it overlaps any labelled span.
        for &(span, cat, rule) in &flags {
            let correct = gold.iter().chain(&rec.known).any(|&g| overlaps(span, g));
            let row = self.rules.entry(rule).or_insert_with(|| RuleRow {
                rule: rule.to_string(),
                category: cat,
                flags: 0,
                flags_correct: 0,
                clean_false: 0,
            });
            row.flags += 1;
            row.flags_correct += correct as usize;
            let c = r.by_category.entry(cat).or_default();
            c.flags += 1;
            c.flags_correct += correct as usize;
            r.overall.flags += 1;
            r.overall.flags_correct += correct as usize;
            if rec.clean && !correct {
                row.clean_false += 1;
                self.clean_false += 1;
            }
        }
        // Recall: a gold span is found by a flag of a category its label maps to.
        let mut damaged = false;
        for s in &rec.spans {
            let cats = self.map.categories(&s.label);
            if cats.is_empty() {
                continue;
            }
            damaged = true;
            let found_by = |c: Category| {
                flags
                    .iter()
                    .any(|&(span, fc, _)| fc == c && overlaps(span, (s.start, s.end)))
            };
            let found = cats.iter().any(|&c| found_by(c));
            r.overall.gold += 1;
            r.overall.gold_found += found as usize;
            let l = r.by_label.entry(s.label.clone()).or_default();
            l.gold += 1;
            l.gold_found += found as usize;
            for &c in cats {
                let e = r.by_category.entry(c).or_default();
                e.gold += 1;
                e.gold_found += found_by(c) as usize;
            }
        }
        // Lines: predicted boilerplate when a boilerplate or repetition flag overlaps the line.
        for line in &rec.lines {
            self.any_lines = true;
            let pred = flags.iter().any(|&(span, c, _)| {
                matches!(c, Category::Boilerplate | Category::Repetition)
                    && overlaps(span, (line.start, line.end))
            });
            damaged |= line.boilerplate;
            self.lines.flags += pred as usize;
            self.lines.flags_correct += (pred && line.boilerplate) as usize;
            self.lines.gold += line.boilerplate as usize;
            self.lines.gold_found += (pred && line.boilerplate) as usize;
        }
        if rec.clean {
            r.clean_words += doc.words;
        }
        if let (Some(score), Some(group)) = (rec.doc_score, &rec.group) {
            let risk = match self.risk {
                Some(c) => doc.risk.get(c),
                None => 100.0 - doc.score,
            };
            self.groups
                .entry(group.clone())
                .or_default()
                .push((risk, score));
        }
        r.damaged_documents += damaged as usize;
        self.gate.push((doc.score, damaged));
    }

    pub fn finish(mut self) -> FileReport {
        let mut r = self.report;
        r.rules = std::mem::take(&mut self.rules).into_values().collect();
        r.rules
            .sort_by(|a, b| b.flags.cmp(&a.flags).then(a.rule.cmp(&b.rule)));
        r.lines = self.any_lines.then_some(self.lines);
        let taus: Vec<f64> = self
            .groups
            .values()
            .filter(|v| v.len() > 2)
            .map(|v| {
                let (xs, ys): (Vec<f64>, Vec<f64>) = v.iter().copied().unzip();
                kendall_tau(&xs, &ys)
            })
            .collect();
        if !taus.is_empty() {
            r.kendall = Some((taus.iter().sum::<f64>() / taus.len() as f64, taus.len()));
        }
        if r.clean_words > 0 {
            r.clean_false_per_kword = Some(1000.0 * self.clean_false as f64 / r.clean_words as f64);
        }
        let positives = self.gate.iter().filter(|(_, d)| *d).count();
        r.sweep = (0..=20)
            .map(|k| {
                let threshold = k as f64 * 5.0;
                let rejected: Vec<bool> = self
                    .gate
                    .iter()
                    .filter(|(s, _)| *s < threshold)
                    .map(|(_, d)| *d)
                    .collect();
                let tp = rejected.iter().filter(|d| **d).count();
                SweepRow {
                    threshold,
                    rejected: rejected.len(),
                    precision: (!rejected.is_empty()).then(|| tp as f64 / rejected.len() as f64),
                    recall: (positives > 0).then(|| tp as f64 / positives as f64),
                }
            })
            .collect();
        r
    }
}

/// Kendall's tau-b between two sequences (ties in either count as neither concordant nor
/// discordant, and shrink the denominator accordingly).
pub fn kendall_tau(xs: &[f64], ys: &[f64]) -> f64 {
    let (mut concordant, mut discordant, mut tied_x, mut tied_y) = (0i64, 0i64, 0i64, 0i64);
    for i in 0..xs.len() {
        for j in i + 1..xs.len() {
            let a = (xs[i] - xs[j]).partial_cmp(&0.0).map_or(0, |o| o as i64);
            let b = (ys[i] - ys[j]).partial_cmp(&0.0).map_or(0, |o| o as i64);
            match (a, b) {
                (0, 0) => {}
                (0, _) => tied_x += 1,
                (_, 0) => tied_y += 1,
                _ if a == b => concordant += 1,
                _ => discordant += 1,
            }
        }
    }
    let den =
        (((concordant + discordant + tied_x) * (concordant + discordant + tied_y)) as f64).sqrt();
    if den == 0.0 {
        0.0
    } else {
        (concordant - discordant) as f64 / den
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kendall_by_hand() {
        assert_eq!(kendall_tau(&[1.0, 2.0, 3.0], &[1.0, 2.0, 3.0]), 1.0);
        assert_eq!(kendall_tau(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]), -1.0);
        // pairs: (1,2) concordant, (1,3) concordant, (2,3) tie in x: tau-b = 2 / sqrt(3 * 2)
        let t = kendall_tau(&[1.0, 2.0, 2.0], &[1.0, 2.0, 3.0]);
        assert!((t - 2.0 / 6f64.sqrt()).abs() < 1e-12);
    }
}
