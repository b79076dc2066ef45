fn main() {
    std::process::exit(vt_lint::cli::main_with(std::env::args_os().collect()));
}
