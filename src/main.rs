use clap::Parser;

fn main() {
    let code = match vt_lint::cli::Cli::try_parse() {
        Ok(cli) => vt_lint::cli::run(cli),
        Err(e) => vt_lint::cli::clap_exit(&e),
    };
    std::process::exit(code);
}
