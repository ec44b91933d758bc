//! Config files: any text as `tern --config FILE` reads it. It is refused with a message (bad
//! TOML, an unknown section or key, a value its flag's parser refuses) or read into settings
//! that then pass or fail `validate` with a message: never a panic. Settings that pass print
//! (`tern config print`) as TOML that reads back to the same settings.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tern_gateway::config::from_text;

fuzz_target!(|text: &str| {
    let Ok(cli) = from_text(text) else { return };
    let config = cli.serve;
    if config.validate().is_err() {
        return;
    }
    let printed = config.to_toml().expect("valid settings print");
    let again = from_text(&printed).expect("printed settings read back").serve;
    assert_eq!(again.to_toml().expect("print again"), printed, "settings changed on the way through a file");
});
