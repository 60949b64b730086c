const { searchParams } = new URL(request.url);
const file = searchParams.get('file');
const data = await fs.readFile(path.join(DIR, file));
