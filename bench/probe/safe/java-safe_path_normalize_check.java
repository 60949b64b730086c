Path p = base.resolve(name).normalize();
if (!p.startsWith(base)) throw new SecurityException();
