//! How well textqc's flags match a labelled set: span precision and recall per category and per
//! rule, line-level precision and recall for line-labelled pages, rank correlation between a
//! document's risk and a human quality number, false flags on records known to be clean, and
//! the precision and recall of the document gate at every score threshold.
//!
//! The library only accumulates and computes; `textqc eval` reads the files and renders.

mod gold;
mod metrics;

pub use gold::{CategoryMap, GoldOptions, GoldRecord, GoldSpan, LineLabel, SegmentGold};
pub use metrics::{kendall_tau, Evaluation, FileReport, Prf, RuleRow, SweepRow};
