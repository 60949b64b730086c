std::env::set_var("RUST_BACKTRACE", "1");
