ctx.lookup(jndiName);
