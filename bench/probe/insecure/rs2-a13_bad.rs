fs::set_permissions("/var/app/secret.key", Permissions::from_mode(0o777))?;
