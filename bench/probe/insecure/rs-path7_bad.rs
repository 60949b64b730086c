fs::remove_file(base.join(&form.name))?;
