builder.AppendHtml(comment);
