//! Command dispatch and argument parsing for the CLI.

/// `println!`/`print!` for the CLI's reports that end quietly when the reader has gone away
/// (`replyguard check ... | head -1`): the standard macros panic on a broken pipe, which printed
/// a backtrace at the user. Any other write error is reported and exits with 2.
macro_rules! out {
    (line $($arg:tt)*) => {{ $crate::cli::emit(format_args!("{}\n", format_args!($($arg)*))) }};
    ($($arg:tt)*) => {{ $crate::cli::emit(format_args!($($arg)*)) }};
}

/// Writes `args` to stdout for `out!`; see there.
pub fn emit(args: std::fmt::Arguments) {
    use std::io::Write as _;
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("replyguard: cannot write the report: {e}");
        std::process::exit(2);
    }
}

mod check;
mod eval;
mod scan;

use replyguard::{Policy, Scanner};
use std::process::ExitCode;

pub const USAGE: &str = "\
replyguard: checks replies for patient-privacy and social-media-policy problems

USAGE:
  replyguard scan [--policy FILE] [--identifiers]   JSON lines in on stdin, findings out
  replyguard check [--policy FILE] \"reply text\"      readable report of one reply
  replyguard rules [--policy FILE]                  every rule with its title and severity
  replyguard policy check FILE                      validate a policy file
  replyguard eval FILE.jsonl [--identifiers] [--json]  precision/recall on labeled lines
  replyguard help

Offsets in `scan` output count Unicode code points (Python string indices), end exclusive.";

/// Options shared by the commands.
pub struct Opts {
    pub policy: Option<String>,
    pub identifiers: bool,
    pub rest: Vec<String>,
}

pub fn parse_opts(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        policy: None,
        identifiers: false,
        rest: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--policy" => o.policy = Some(it.next().ok_or("--policy needs a file")?.clone()),
            "--identifiers" => o.identifiers = true,
            s if s.starts_with("--") => {
                return Err(format!("unknown option {s}; see `replyguard help`"))
            }
            _ => o.rest.push(a.clone()),
        }
    }
    Ok(o)
}

/// Loads the policy named by `--policy`, or the default one.
pub fn load_policy(path: Option<&str>) -> Result<Policy, String> {
    match path {
        None => Ok(Policy::default_policy()),
        Some(p) => {
            let text =
                std::fs::read_to_string(p).map_err(|e| format!("cannot read policy {p}: {e}"))?;
            Policy::from_json(&text).map_err(|e| format!("policy {p} is invalid: {e}"))
        }
    }
}

pub fn scanner(opts: &Opts) -> Result<Scanner, String> {
    let policy = load_policy(opts.policy.as_deref())?;
    Scanner::new(&policy).map_err(|e| format!("policy is invalid: {e}"))
}

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let (cmd, rest) = args.split_first().ok_or(USAGE)?;
    match cmd.as_str() {
        "scan" => scan::run(&parse_opts(rest)?),
        "check" => check::run(&parse_opts(rest)?),
        "rules" => check::rules(&parse_opts(rest)?),
        "eval" => eval::run(rest),
        "policy" => match rest.first().map(String::as_str) {
            Some("check") => check::policy_check(&rest[1..]),
            _ => Err("usage: replyguard policy check FILE".into()),
        },
        "help" | "--help" | "-h" => {
            out!(line "{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}
