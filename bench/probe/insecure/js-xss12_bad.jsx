const a = <a href={user.website}>site</a>;
