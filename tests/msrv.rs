//! The declared rust-version is the true minimum: no locked dependency asks for a newer Rust
//! (only the host's toolchain is installed, so this reads the dependencies' own
//! `rust-version`), and unlocked installs resolve MSRV-aware.

use std::process::Command;

fn version(s: &str) -> Vec<u32> {
    s.split('.').map(|p| p.parse().unwrap()).collect()
}

#[test]
fn rust_version_is_the_highest_any_dependency_declares() {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let packages = meta["packages"].as_array().unwrap();
    let ours = packages.iter().find(|p| p["name"] == "vt-lint").unwrap();
    let declared = version(ours["rust_version"].as_str().unwrap());
    let (highest, who) = packages
        .iter()
        .filter(|p| p["name"] != "vt-lint")
        .filter_map(|p| {
            let rv = p["rust_version"].as_str()?;
            Some((version(rv), format!("{} {}", p["name"], p["version"])))
        })
        .max()
        .unwrap();
    assert_eq!(
        declared, highest,
        "Cargo.toml says rust-version {declared:?}, {who} needs {highest:?}"
    );
    let manifest = include_str!("../Cargo.toml");
    assert!(manifest.contains("resolver = \"3\""), "MSRV-aware resolver");
}
