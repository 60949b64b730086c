Velocity.evaluate(context, writer, "tmpl", userTemplate);
