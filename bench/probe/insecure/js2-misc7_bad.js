const ldap = `(&(uid=${username})(userPassword=${password}))`;
client.search('dc=x', { filter: ldap }, cb);
