//! The `textqc` command line: parses arguments, feeds inputs to the library's engine in parallel
//! and hands the reports to a reporter, in input order.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("textqc: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
