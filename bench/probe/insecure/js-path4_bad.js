const data = fs.readFileSync('./files/' + req.params.file);
