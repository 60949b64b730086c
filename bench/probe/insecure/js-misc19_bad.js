const data = fs.readFileSync(`/tmp/${Date.now()}.txt`);
