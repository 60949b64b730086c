let p = PathBuf::from("./files").join(path.into_inner());
NamedFile::open(p)
