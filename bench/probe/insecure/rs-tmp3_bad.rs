let p = format!("/tmp/upload-{}", std::process::id());
File::create(&p)?;
