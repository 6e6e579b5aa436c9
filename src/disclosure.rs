//! Disclosure analysis: decides which identifiers in a reply are tied to a patient.
//!
//! Foundation version: every identifier the recognizers are confident about is reported under
//! its entity's rule. The patient-tie analysis (second person, third person, greetings, clause
//! level) replaces this.

use crate::recognizers::Ident;

/// Minimum recognizer score for an identifier to be reported.
pub const MIN_SCORE: f32 = 0.5;

/// The identifiers (already filtered by the allowlist) that disclose something about a patient.
pub fn tied_to_patient(_text: &str, _context: &str, ids: &[Ident]) -> Vec<Ident> {
    ids.iter()
        .filter(|i| i.score >= MIN_SCORE)
        .cloned()
        .collect()
}
