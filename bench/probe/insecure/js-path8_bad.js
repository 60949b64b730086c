fs.writeFileSync(path.join(uploads, file.originalname), file.buffer);
