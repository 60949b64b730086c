String filter = String.format("(uid=%s)", username);
ctx.search(base, filter, sc);
