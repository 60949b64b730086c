const file = searchParams.get('file');
return new Response(await readFile(join(process.cwd(), 'data', file)));
