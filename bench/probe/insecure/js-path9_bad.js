const p = path.join(root, ctx.params.file);
ctx.body = fs.createReadStream(p);
