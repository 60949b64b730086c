for i in 0..archive.len() {
    let mut f = archive.by_index(i)?;
    let out = dest.join(f.name());
    let mut o = File::create(&out)?;
}
