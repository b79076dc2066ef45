use clap::Parser;

fn main() {
    let cli = vt_lint::cli::Cli::parse();
    std::process::exit(vt_lint::cli::run(cli));
}
