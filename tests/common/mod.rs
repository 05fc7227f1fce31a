//! What the command-line tests share: running the binary on arguments and standard input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `textqc` with `args` (colour off) and `stdin` as its standard input.
pub fn textqc(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_textqc"))
        .args(args)
        .arg("--color=never")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // A run that fails on its arguments exits without reading its input: the pipe may be closed.
    let _ = input.write_all(stdin.unwrap_or("").as_bytes());
    drop(input);
    child.wait_with_output().unwrap()
}
