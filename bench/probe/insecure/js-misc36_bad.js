const ldapFilter = `(uid=${username})`;
client.search(base, { filter: ldapFilter });
