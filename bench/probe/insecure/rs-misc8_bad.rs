let lib = unsafe { libloading::Library::new(&user_path)? };
