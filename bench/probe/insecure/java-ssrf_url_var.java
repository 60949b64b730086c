URL u = new URL(target);
InputStream in = u.openStream();
