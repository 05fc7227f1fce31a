//! ## What it does
//! Flags mojibake: UTF-8 text whose bytes were read in a single-byte code page on the way here,
//! so that "’" became "â€™" and "é" became "Ã©" (Windows-1252 or Latin-1), "Р°" (Windows-1251),
//! "√©" (MacRoman), "Ă©" (Windows-1250 or ISO-8859-2), "Ä" and "Å" pairs (Windows-1257) or box
//! drawing (code page 437), once or several times over ("ÃƒÂ©"). A C1 control character left
//! alone in the text (U+0080 to U+009F) is Windows-1252 punctuation read as Latin-1, and is
//! reported here too.
//!
//! Where the bytes read back unambiguously the repair is offered as a fix (applied only on
//! request, never silently); where a byte was lost ("Ã " for "à", whose second byte became a
//! space) or two code pages read the text differently, the likely original is named in the
//! message but no fix is offered.
//!
//! ## Why is this bad?
//! Mojibake makes text unreadable for people and poisons the vocabulary of a model trained on it.
//! The check does not guess from letter frequencies: it reverses the exact misreading, byte by
//! byte, keeps only sequences that come out as valid UTF-8 (the idea behind ftfy), and takes a
//! reading only when the result looks more like ordinary text than the input did. Accented words
//! written correctly ("café", "naïve", "NESTLÉ®", "SÓ…") are left alone.
//!
//! ## Example
//! ```text
//! Itâ€™s the cafÃ© on the corner
//! ```
//! Use instead: `It’s the café on the corner`.

use crate::check::{Check, Context, Flag, Severity};

pub struct Mojibake;

impl Check for Mojibake {
    fn id(&self) -> &'static str {
        "encoding/mojibake"
    }

    fn run(&self, cx: &Context, out: &mut Vec<Flag>) {
        let text = cx.doc.text;
        for f in crate::mojibake::find(text) {
            // Control characters are invisible in a message: name them.
            let found: String = f
                .span
                .text(text)
                .chars()
                .map(|c| {
                    if c.is_control() {
                        format!("U+{:04X}", c as u32)
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            let message = if f.repaired.is_empty() {
                format!("mojibake: {found} is {}", f.how)
            } else if f.certain {
                format!("mojibake: '{found}' is {}; it was '{}'", f.how, f.repaired)
            } else {
                format!(
                    "mojibake: '{found}' is {}; it was probably '{}'",
                    f.how, f.repaired
                )
            };
            let flag = Flag::new(self.id(), Severity::Warning, f.span, message);
            out.push(if f.certain {
                flag.with_fix(f.repaired)
            } else {
                flag
            });
        }
    }
}
