//! `replyguard`: the command-line face of the engine, for tests, benchmarks and compliance
//! officers. Run `replyguard help` for the commands.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("replyguard: {msg}");
            ExitCode::from(2)
        }
    }
}
