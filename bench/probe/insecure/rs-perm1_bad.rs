fs::set_permissions(&path, fs::Permissions::from_mode(0o777))?;
