for (const entry of zip.getEntries()) { fs.writeFileSync(path.join(dest, entry.entryName), entry.getData()); }
