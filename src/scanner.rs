//! The scanner: compiles a policy once, then checks replies.

use crate::allow::Allowlist;
use crate::finding::{Finding, Input, Severity};
use crate::packs::{self, RuleSet};
use crate::policy::{Policy, PolicyError};
use crate::recognizers::{self, Ident, Recognizer};
use crate::{disclosure, lang};

/// A rule as the popup and `replyguard rules` show it, with the policy applied.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleInfo {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub severity: Severity,
    pub enabled: bool,
    pub why: String,
    pub reference: String,
}

/// Everything compiled from one policy. Build it once, scan many times.
pub struct Scanner {
    policy: Policy,
    rules: RuleSet,
    recognizers: Vec<Box<dyn Recognizer>>,
    allow: Allowlist,
    /// Effective (enabled, severity) per rule index.
    effective: Vec<(bool, Severity)>,
    /// Per rule index: the identifier kind of a custom pattern's matches.
    entities: Vec<Option<crate::Entity>>,
    /// Per rule index: message template (`{quote}`) and suggestion (contact filled in).
    texts: Vec<(String, Option<String>)>,
    /// Per rule index: its findings point at one person ([`points_at_person`]).
    personal: Vec<bool>,
}

/// True for a catalog rule whose findings point at one person, so that a clinical term in
/// their sentence is that person's care ([`disclosure::Analysis::terms_with_person`]): every
/// identifier rule (the catalog's `phi-` family, which holds the rule of every
/// [`crate::Entity`], the Safe Harbor identifiers and the details that single a patient out),
/// a confirmed relationship (`rel-confirm`) and a patient's room or bed (`loc-hint`). Built-in
/// privacy rules only: a practice's custom rules (kind `custom`) anchor nothing.
fn points_at_person(spec: &packs::schema::RuleSpec) -> bool {
    spec.kind == "privacy"
        && (spec.id.starts_with("phi-") || matches!(spec.id.as_str(), "rel-confirm" | "loc-hint"))
}

impl Scanner {
    /// Compiles `policy` with the built-in rule packs and the policy's own blocked terms and
    /// patterns. Fails if the policy names a rule that does not exist or has a bad pattern
    /// (the same checks as [`Policy::problems`]).
    pub fn new(policy: &Policy) -> Result<Scanner, PolicyError> {
        if let Some(e) = policy.problems().into_iter().next() {
            return Err(e);
        }
        let mut rules = RuleSet::builtin().clone();
        rules
            .extend(&packs::custom_specs(&policy.custom), true)
            .map_err(|e| PolicyError::at("custom", e))?;
        let effective = rules
            .rules()
            .iter()
            .map(|r| policy.effective(&r.spec.id, r.severity))
            .collect();
        let entities = rules
            .rules()
            .iter()
            .map(|r| {
                policy
                    .custom
                    .patterns
                    .iter()
                    .find(|p| p.id == r.spec.id)
                    .and_then(|p| p.entity)
            })
            .collect();
        let contact = policy.contact_line();
        let texts = rules
            .rules()
            .iter()
            .map(|r| {
                let own = policy.messages.rules.get(&r.spec.id);
                let message = own
                    .and_then(|m| m.message.clone())
                    .unwrap_or_else(|| r.spec.message.clone());
                let suggestion = own
                    .and_then(|m| m.suggestion.clone())
                    .unwrap_or_else(|| r.spec.suggestion.clone());
                let suggestion =
                    (!suggestion.is_empty()).then(|| suggestion.replace("{contact}", &contact));
                (message, suggestion)
            })
            .collect();
        let personal = rules
            .rules()
            .iter()
            .map(|r| points_at_person(&r.spec))
            .collect();
        Ok(Scanner {
            allow: Allowlist::new(&policy.practice),
            policy: policy.clone(),
            rules,
            recognizers: recognizers::registry(),
            effective,
            entities,
            texts,
            personal,
        })
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Every rule with its effective setting.
    pub fn rules(&self) -> Vec<RuleInfo> {
        self.rules
            .rules()
            .iter()
            .zip(&self.effective)
            .map(|(r, &(enabled, severity))| RuleInfo {
                id: r.spec.id.clone(),
                title: r.spec.title.clone(),
                kind: r.spec.kind.clone(),
                severity,
                enabled,
                why: r.spec.why.clone(),
                reference: r.spec.reference.clone(),
            })
            .collect()
    }

    /// Personal identifiers in `input.text`, except the practice's own.
    pub fn identifier_spans(&self, input: &Input) -> Vec<Ident> {
        let mut ids = recognizers::find_all(&self.recognizers, &input.text);
        ids.retain(|i| !self.allow.allows(&input.text, i));
        ids
    }

    /// The recognizers' identifiers plus the names the reply uses for a person (greeting,
    /// review author, title...), the practice's own removed. A usage-found name replaces a
    /// recognizer name it overlaps.
    fn disclosure_candidates(
        &self,
        input: &Input,
        lang: &str,
        sentences: &[(usize, usize)],
    ) -> Vec<Ident> {
        let mut ids = self.identifier_spans(input);
        let mut hints = disclosure::hints::find(&input.text);
        hints.retain(|h| !self.allow.allows(&input.text, h));
        // A hint keeps its place against recognizer spans it covers (the label told what the
        // number is) and gives way to any it does not.
        hints.retain(|h| {
            !ids.iter().any(|i| {
                i.start < h.end && h.start < i.end && !(h.start <= i.start && i.end <= h.end)
            })
        });
        ids.retain(|i| !hints.iter().any(|h| h.start <= i.start && i.end <= h.end));
        ids.extend(hints);
        let mut names = disclosure::name_candidates(input, lang, sentences);
        names.retain(|n| !self.allow.allows(&input.text, n));
        // The practice's own town or street ("Thank you, Lakeside") is not a person.
        let place_words: Vec<String> = self
            .policy
            .practice
            .addresses
            .iter()
            .chain(std::iter::once(&self.policy.practice.name))
            .flat_map(|a| a.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().count() > 2)
            .map(str::to_lowercase)
            .collect();
        names.retain(|n| {
            let w = input.text[n.start..n.end].to_lowercase();
            !place_words.contains(&w)
        });
        // "kelly" inside kelly.rhodes88@gmail.com is part of the address, not a name.
        names.retain(|n| {
            !ids.iter()
                .any(|i| i.entity != crate::Entity::Name && i.start < n.end && n.start < i.end)
        });
        ids.retain(|i| {
            i.entity != crate::Entity::Name
                || !names.iter().any(|n| n.start < i.end && i.start < n.end)
        });
        ids.extend(names);
        ids.sort_by_key(|i| (i.start, i.end));
        ids
    }

    /// Every personal identifier, whether or not it is tied to a patient (`--identifiers` mode).
    pub fn identifiers(&self, input: &Input) -> Vec<Finding> {
        let ids = self.identifier_spans(input);
        let mut out: Vec<Finding> = ids
            .iter()
            .filter(|i| i.score >= disclosure::MIN_SCORE)
            .filter_map(|i| self.identifier_finding(&input.text, i))
            .collect();
        // The practice's own identifier patterns (custom patterns with an `entity`).
        let mut hits = Vec::new();
        let lang = lang::resolve_with(&input.lang, &input.text, &input.context);
        self.rules.find(
            &input.text,
            lang,
            &disclosure::sentences(&input.text),
            &mut hits,
        );
        for h in hits {
            if let Some(entity) = self.entities[h.rule] {
                out.extend(self.finding(h.rule, &input.text, h.start, h.end, Some(entity), 1.0));
            }
        }
        sort_findings(&mut out);
        out
    }

    /// True if `f` is a place (`phi-geo`) that the practice's own addresses contain.
    fn is_practice_place(&self, text: &str, f: &disclosure::Flag) -> bool {
        matches!(f.entity, Some(crate::Entity::Address | crate::Entity::Zip))
            && self.allow.allows(
                text,
                &Ident {
                    entity: crate::Entity::Address,
                    start: f.start,
                    end: f.end,
                    score: f.score,
                    recognizer: "disclosure",
                },
            )
    }

    /// The finding of one disclosure-analysis flag, or `None` when its rule is off.
    fn flag_finding(&self, text: &str, f: &disclosure::Flag) -> Option<Finding> {
        let idx = self.rules.index(f.rule)?;
        self.finding(idx, text, f.start, f.end, f.entity, f.score)
    }

    /// The problems in a reply under this policy, sorted by position.
    pub fn scan(&self, input: &Input) -> Vec<Finding> {
        let text = &input.text;
        let lang = lang::resolve_with(&input.lang, text, &input.context);
        let sentences = disclosure::sentences(text);
        let ids = self.disclosure_candidates(input, lang, &sentences);
        // Terms and clause signals are found once and shared by the passes below.
        let analysis = disclosure::Analysis::new(text, lang, &sentences);
        let mut out: Vec<Finding> = analysis
            .flags(input, &ids)
            .iter()
            // A place the analysis found by its use ("signs from Harbor View Blvd") that is part
            // of the practice's own address is the practice's, like a recognized address is.
            .filter(|f| !self.is_practice_place(text, f))
            .filter_map(|f| self.flag_finding(text, f))
            .collect();
        let mut hits = Vec::new();
        self.rules
            .find_in_reply(text, &input.context, lang, &sentences, &mut hits);
        for h in hits {
            let entity = self.entities[h.rule];
            if let Some(f) = self.finding(h.rule, text, h.start, h.end, entity, 1.0) {
                out.push(f);
            }
        }
        // Dates nested in a relationship phrase (see `disclosure::dates_in_relations`).
        let spans = |out: &[Finding], rule: &str| -> Vec<(usize, usize)> {
            out.iter()
                .filter(|f| f.rule == rule)
                .map(|f| (f.start, f.end))
                .collect()
        };
        // Relationship clauses (see `disclosure::roles`): a relationship phrase in a clause that
        // asserts nothing (a condition, an ability, a wish, a refusal, everyone) is dropped; care
        // of the reader or theirs asserted in a clause no family caught is added.
        let reply = input.is_reply();
        out.retain(|f| {
            f.rule != "rel-confirm"
                || !disclosure::roles::unasserted(text, &sentences, lang, reply, f.start, f.end)
        });
        let flags = disclosure::roles::care_facts(
            text,
            &sentences,
            lang,
            reply,
            &spans(&out, "rel-confirm"),
        );
        out.extend(flags.iter().filter_map(|f| self.flag_finding(text, f)));
        let (relations, dated) = (spans(&out, "rel-confirm"), spans(&out, "phi-date"));
        let flags = analysis.dates_in_relations(&ids, &relations, &dated);
        out.extend(flags.iter().filter_map(|f| self.flag_finding(text, f)));
        let dated = spans(&out, "phi-date");
        let flags = disclosure::roles::short_times_in_relations(text, lang, &relations, &dated);
        out.extend(flags.iter().filter_map(|f| self.flag_finding(text, f)));
        // Visits carried across sentences to the person the reply named or addressed.
        let mut people = spans(&out, "rel-confirm");
        people.extend(spans(&out, "phi-name"));
        let flags = disclosure::carried_visits(text, lang, &people);
        out.extend(flags.iter().filter_map(|f| self.flag_finding(text, f)));
        // Clinical terms in a sentence that points at one person.
        let anchors: Vec<(usize, usize)> = out
            .iter()
            .filter(|f| self.rules.index(&f.rule).is_some_and(|i| self.personal[i]))
            .map(|f| (f.start, f.end))
            .collect();
        let treated = spans(&out, "clin-detail");
        let flags = analysis.terms_with_person(&anchors, &treated);
        out.extend(flags.iter().filter_map(|f| self.flag_finding(text, f)));
        // Dates and places of no one: the team's own activity, a draw, a service on offer, a
        // public talk, a part of the site (see `disclosure::unowned`).
        disclosure::unowned::drop_dates_and_places_of_no_one(text, &mut out);
        disclosure::unowned::drop_refusals_ages_offers_and_sympathy(text, &mut out);
        disclosure::staffside::drop_staff_side(text, &mut out);
        disclosure::generic::drop_generic(text, reply, &mut out);
        self.merge_relations(text, &mut out);
        sort_findings(&mut out);
        out
    }

    /// rel14 (review12 finding 11): overlapping `rel-confirm` findings from different stages
    /// ("had his cataract surgery with" from the packs, "his cataract surgery with Dr. Lee" from
    /// `disclosure::agency`) are one relationship phrase: merged once, after every stage, into
    /// their union, so one problem is underlined once whatever order the stages ran in.
    fn merge_relations(&self, text: &str, out: &mut Vec<Finding>) {
        let mut rel: Vec<Finding> = Vec::new();
        out.retain(|f| {
            if f.rule == "rel-confirm" {
                rel.push(f.clone());
                false
            } else {
                true
            }
        });
        rel.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        let mut merged: Vec<Finding> = Vec::new();
        for f in rel {
            match merged.last_mut() {
                Some(last) if f.start < last.end => {
                    if f.end > last.end {
                        let score = last.score.max(f.score);
                        let idx = self.rules.index("rel-confirm");
                        if let Some(g) = idx.and_then(|i| {
                            self.finding(i, text, last.start, f.end, last.entity, score)
                        }) {
                            *last = g;
                        }
                    }
                }
                _ => merged.push(f),
            }
        }
        out.extend(merged);
    }

    fn identifier_finding(&self, text: &str, id: &Ident) -> Option<Finding> {
        let idx = self.rules.index(id.entity.rule())?;
        self.finding(idx, text, id.start, id.end, Some(id.entity), id.score)
    }

    /// Builds a finding for rule `idx`, or `None` when the policy turned the rule off.
    pub(crate) fn finding(
        &self,
        idx: usize,
        text: &str,
        start: usize,
        end: usize,
        entity: Option<crate::Entity>,
        score: f32,
    ) -> Option<Finding> {
        let (enabled, severity) = self.effective[idx];
        if !enabled {
            return None;
        }
        let spec = &self.rules.rules()[idx].spec;
        let quote = &text[start..end];
        let (message, suggestion) = &self.texts[idx];
        Some(Finding {
            rule: spec.id.clone(),
            severity,
            start,
            end,
            entity,
            score,
            message: message.replace("{quote}", quote),
            suggestion: suggestion.clone(),
        })
    }
}

/// Sorts by position and drops exact duplicates (same rule and span) and findings inside a
/// longer finding of the same rule ("your next cleaning" inside "see you at your next
/// cleaning"), so one problem is underlined once.
fn sort_findings(out: &mut Vec<Finding>) {
    out.sort_by(|a, b| (a.start, a.end, &a.rule).cmp(&(b.start, b.end, &b.rule)));
    out.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.rule == b.rule);
    // One sweep per rule, in (start, longest first) order: a finding is inside a longer one of
    // its rule exactly when an earlier finding of that rule ends at or after its end (exact
    // duplicates are gone already). Linear after the sort, unlike comparing every pair.
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by(|&a, &b| {
        let (f, g) = (&out[a], &out[b]);
        (&f.rule, f.start, std::cmp::Reverse(f.end)).cmp(&(
            &g.rule,
            g.start,
            std::cmp::Reverse(g.end),
        ))
    });
    let mut inside = vec![false; out.len()];
    let mut current: Option<(&str, usize)> = None; // (rule, furthest end so far)
    for &i in &order {
        let f = &out[i];
        match current {
            Some((rule, max_end)) if rule == f.rule => {
                inside[i] = max_end >= f.end;
                current = Some((rule, max_end.max(f.end)));
            }
            _ => current = Some((&f.rule, f.end)),
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !inside[k - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules whose findings anchor a clinical term to a person, as derived from the
    /// catalog. Losing one (a renamed rule, a changed kind) makes terms next to its findings
    /// go unreported, so the list is pinned here; a new `phi-` rule joins it by itself.
    #[test]
    fn rules_that_point_at_a_person_come_from_the_catalog() {
        let scanner = Scanner::new(&Policy::default_policy()).expect("default policy");
        let mut personal: Vec<&str> = scanner
            .rules
            .rules()
            .iter()
            .zip(&scanner.personal)
            .filter(|(_, &p)| p)
            .map(|(r, _)| r.spec.id.as_str())
            .collect();
        personal.sort_unstable();
        assert_eq!(
            personal,
            [
                "loc-hint",
                "phi-age",
                "phi-contact",
                "phi-date",
                "phi-geo",
                "phi-idnum",
                "phi-image",
                "phi-name",
                "phi-payment",
                "phi-unique",
                "phi-web",
                "rel-confirm",
            ]
        );
        // Every identifier kind's rule is one of them.
        for e in crate::Entity::ALL {
            assert!(
                personal.contains(&e.rule()),
                "{} -> {}",
                e.as_str(),
                e.rule()
            );
        }
        // Neither a detail that needs a person nor a request to every reader points at one.
        for id in [
            "clin-detail",
            "echo-disclosure",
            "solicit-phi-public",
            "custom-term",
        ] {
            assert!(!personal.contains(&id), "{id}");
        }
    }

    /// A term in a sentence with an identifier finding is that person's care; the same
    /// sentence without the identifier is nobody's.
    #[test]
    fn a_clinical_term_beside_an_identifier_is_that_persons_care() {
        let scanner = Scanner::new(&Policy::default_policy()).expect("default policy");
        let spans = |text: &str, rule: &str| -> Vec<String> {
            scanner
                .scan(&Input::new(text))
                .into_iter()
                .filter(|f| f.rule == rule)
                .map(|f| text[f.start..f.end].to_string())
                .collect()
        };
        let t = "@marcus_runs finished a 5K after bypass surgery!";
        assert_eq!(spans(t, "phi-web"), ["@marcus_runs"]);
        assert_eq!(spans(t, "clin-detail"), ["bypass surgery"]);
        let t = "Runners finished a 5K after bypass surgery!";
        assert!(
            spans(t, "clin-detail").is_empty(),
            "{:?}",
            spans(t, "clin-detail")
        );
    }
}
