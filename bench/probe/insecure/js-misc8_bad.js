fs.writeFileSync('/tmp/session.json', JSON.stringify(session));
