//! The contracts of Tern's ports, written once and run against every adapter: an adapter's
//! tests invoke `store_contract_tests!` or `directory_contract_tests!` with a way to make
//! the adapter, and get one test per check. Names are randomised so a suite can run against
//! a shared backend (a Redis, a FoundationDB cluster) beside other runs.

pub mod directory;
pub mod store;
