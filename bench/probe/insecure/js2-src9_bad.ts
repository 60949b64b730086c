exec(`nslookup ${searchParams.get('host')}`);
