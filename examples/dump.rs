fn main() {
    let p = std::env::args().nth(1).unwrap();
    print!(
        "{}",
        vt_lint::debug_dump(&std::fs::read_to_string(p).unwrap())
    );
}
