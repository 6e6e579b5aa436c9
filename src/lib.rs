//! Reply Guard's engine: checks a reply typed by clinic staff for patient-privacy and
//! social-media-policy problems. Plain Rust, no WebAssembly here; `wasm.rs` is the thin
//! binding compiled only for `wasm32`.
//!
//! ```
//! use replyguard::{Input, Policy, Scanner};
//! let scanner = Scanner::new(&Policy::default_policy()).unwrap();
//! let findings = scanner.identifiers(&Input::new("Reach me at jane@example.org"));
//! assert_eq!(findings[0].rule, "phi-contact");
//! ```

pub mod allow;
pub mod calendar;
pub mod clinical;
pub mod disclosure;
pub mod eval;
pub mod finding;
pub mod lang;
pub mod offsets;
pub mod packs;
pub mod policy;
pub mod recognizers;
pub mod scanner;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use finding::{Entity, Finding, Input, InputLine, Severity};
pub use offsets::{OffsetMap, Unit};
pub use policy::{Policy, PolicyError};
pub use scanner::{RuleInfo, Scanner};
