//! Reading labelled records: the gold format of ../shared/data/dev (spans with a category or a
//! kind, labelled lines, a document-level quality number, a group, a clean marker).

use serde_json::Value;

use crate::check::Category;

/// Which textqc categories may find a gold label. A label is matched by the longest pattern that
/// equals it or, for patterns ending in `/*`, starts with the part before the star.
#[derive(Debug, Clone)]
pub struct CategoryMap {
    rules: Vec<(String, Vec<Category>)>,
}

impl Default for CategoryMap {
    fn default() -> Self {
        use Category::*;
        let rules = [
            ("Fluency/*", vec![Mt, Broken]),
            ("Style/*", vec![Mt, Broken]),
            ("boilerplate", vec![Boilerplate]),
            ("broken_sentence", vec![Broken, Mt, Repetition]),
            ("truncate_join", vec![Broken, Mt, Repetition]),
            ("merge_sentences", vec![Broken, Mt, Repetition]),
            ("stray_punct", vec![Broken, Mt, Repetition]),
            ("dup_word", vec![Broken, Mt, Repetition]),
            ("dup_phrase", vec![Broken, Mt, Repetition]),
            ("missing_space", vec![Broken, Mt, Repetition]),
            ("quote_swap", vec![Broken, Mt, Repetition]),
            ("drop_close_quote", vec![Broken, Mt, Repetition]),
            ("mt", vec![Mt]),
            ("garbled_segment", vec![Mt, Broken]),
            ("repetition", vec![Repetition]),
            ("encoding", vec![Encoding]),
            ("language", vec![Language]),
        ];
        CategoryMap {
            rules: rules.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        }
    }
}

impl CategoryMap {
    /// Adds or replaces a mapping from `PATTERN=cat1,cat2`.
    pub fn set(&mut self, spec: &str) -> Result<(), String> {
        let (pattern, cats) = spec
            .split_once('=')
            .ok_or_else(|| format!("expected PATTERN=CATEGORY[,CATEGORY], got '{spec}'"))?;
        let cats = cats
            .split(',')
            .filter(|c| !c.is_empty())
            .map(|c| Category::from_name(c.trim()).ok_or_else(|| format!("unknown category '{c}'")))
            .collect::<Result<Vec<_>, _>>()?;
        self.rules.retain(|(p, _)| p != pattern);
        self.rules.push((pattern.to_string(), cats));
        Ok(())
    }

    pub fn categories(&self, label: &str) -> &[Category] {
        let mut best: Option<(usize, &[Category])> = None;
        for (p, cats) in &self.rules {
            let hit = match p.strip_suffix("/*") {
                Some(prefix) => label.starts_with(prefix) && label[prefix.len()..].starts_with('/'),
                None => p == label,
            };
            if hit && best.is_none_or(|(len, _)| p.len() > len) {
                best = Some((p.len(), cats));
            }
        }
        best.map_or(&[], |(_, c)| c)
    }
}

#[derive(Debug, Clone)]
pub struct GoldOptions {
    pub id_field: String,
    pub text_field: String,
    /// A document-level quality number, higher is worse (e.g. `mqm_score`).
    pub doc_score_field: Option<String>,
    pub group_field: String,
    /// A boolean field marking records whose text is clean apart from their labelled spans.
    pub clean_field: String,
    /// Gold spans with this severity are ignored (MQM's "Neutral").
    pub ignore_severity: Vec<String>,
    /// The quality number is higher-is-better (chrF, BLEU): negate it before ranking.
    pub higher_is_better: bool,
    /// The quality number of a clean record that has none (a reference scored against itself).
    pub clean_doc_score: Option<f64>,
    /// Turn poorly scored segments into gold spans labelled `garbled_segment`.
    pub segments: Option<SegmentGold>,
}

/// Segment-level labels given as numbers: `segments` holds `[start, end]` pairs and
/// `score_field` a number per segment; segments scoring below `below` with at least `min_words`
/// words are damaged.
#[derive(Debug, Clone)]
pub struct SegmentGold {
    pub spans_field: String,
    pub score_field: String,
    pub below: f64,
    pub min_words: usize,
}

impl Default for GoldOptions {
    fn default() -> Self {
        GoldOptions {
            id_field: "id".into(),
            text_field: "text".into(),
            doc_score_field: None,
            group_field: "doc".into(),
            clean_field: "is_reference".into(),
            ignore_severity: vec!["Neutral".into()],
            higher_is_better: false,
            clean_doc_score: None,
            segments: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
    /// The span's `kind` if it has one, else its `category` (e.g. "Fluency/Grammar", "boilerplate").
    pub label: String,
    pub severity: Option<String>,
}

#[derive(Debug, Clone)]
pub struct LineLabel {
    pub start: usize,
    pub end: usize,
    pub boilerplate: bool,
}

#[derive(Debug, Clone)]
pub struct GoldRecord {
    pub id: String,
    pub text: String,
    pub spans: Vec<GoldSpan>,
    /// Spans known in the text but not part of what is measured (a base article's own errors):
    /// flags overlapping them are not false.
    pub known: Vec<(usize, usize)>,
    pub lines: Vec<LineLabel>,
    pub doc_score: Option<f64>,
    pub group: Option<String>,
    pub clean: bool,
}

fn spans_of(value: Option<&Value>) -> Vec<&serde_json::Map<String, Value>> {
    value
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default()
}

fn offset(o: &serde_json::Map<String, Value>, key: &str) -> Option<usize> {
    o.get(key).and_then(Value::as_u64).map(|v| v as usize)
}

impl GoldRecord {
    pub fn parse(value: &Value, opts: &GoldOptions) -> Result<GoldRecord, String> {
        let obj = value.as_object().ok_or("a record must be a JSON object")?;
        let text = obj
            .get(&opts.text_field)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("no string field '{}'", opts.text_field))?
            .to_string();
        let id = match obj.get(&opts.id_field) {
            Some(Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
            None => String::new(),
        };
        let mut spans = Vec::new();
        for s in spans_of(obj.get("spans")) {
            let (Some(start), Some(end)) = (offset(s, "start"), offset(s, "end")) else {
                return Err(format!("record {id}: a span without start/end"));
            };
            if start > end || end > text.len() {
                return Err(format!(
                    "record {id}: span {start}..{end} is outside the text ({} bytes)",
                    text.len()
                ));
            }
            let severity = s
                .get("severity")
                .and_then(Value::as_str)
                .map(str::to_string);
            if severity
                .as_ref()
                .is_some_and(|sv| opts.ignore_severity.contains(sv))
            {
                continue;
            }
            let label = s
                .get("kind")
                .or_else(|| s.get("category"))
                .or_else(|| s.get("label"))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            spans.push(GoldSpan {
                start,
                end,
                label,
                severity,
            });
        }
        if let Some(seg) = &opts.segments {
            let bounds = obj.get(&seg.spans_field).and_then(Value::as_array);
            let scores = obj.get(&seg.score_field).and_then(Value::as_array);
            if let (Some(bounds), Some(scores)) = (bounds, scores) {
                for (b, sc) in bounds.iter().zip(scores) {
                    let (Some(start), Some(end), Some(score)) = (
                        b.get(0).and_then(Value::as_u64),
                        b.get(1).and_then(Value::as_u64),
                        sc.as_f64(),
                    ) else {
                        continue;
                    };
                    let (start, end) = (start as usize, end as usize);
                    let words = text
                        .get(start..end)
                        .map_or(0, |t| t.split_whitespace().count());
                    if score < seg.below && words >= seg.min_words && end <= text.len() {
                        spans.push(GoldSpan {
                            start,
                            end,
                            label: "garbled_segment".into(),
                            severity: None,
                        });
                    }
                }
            }
        }
        let known = spans_of(obj.get("base_spans"))
            .iter()
            .filter_map(|s| Some((offset(s, "start")?, offset(s, "end")?)))
            .collect();
        let lines = spans_of(obj.get("lines"))
            .iter()
            .filter_map(|l| {
                let label = l.get("label").and_then(Value::as_str)?;
                Some(LineLabel {
                    start: offset(l, "start")?,
                    end: offset(l, "end")?,
                    boilerplate: label == "boilerplate",
                })
            })
            .collect();
        let clean = obj
            .get(&opts.clean_field)
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let doc_score = opts
            .doc_score_field
            .as_ref()
            .and_then(|f| obj.get(f))
            .and_then(Value::as_f64)
            .or(if clean { opts.clean_doc_score } else { None })
            .map(|v| if opts.higher_is_better { -v } else { v });
        let group = obj.get(&opts.group_field).and_then(|g| match g {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            other => Some(other.to_string()),
        });
        Ok(GoldRecord {
            id,
            text,
            spans,
            known,
            lines,
            doc_score,
            group,
            clean,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_by_longest_pattern() {
        let mut m = CategoryMap::default();
        assert_eq!(
            m.categories("Fluency/Grammar"),
            &[Category::Mt, Category::Broken]
        );
        assert!(m.categories("Accuracy/Mistranslation").is_empty());
        m.set("Fluency/Spelling=encoding").unwrap();
        assert_eq!(m.categories("Fluency/Spelling"), &[Category::Encoding]);
        assert!(m.set("x=nonsense").is_err());
    }
}
