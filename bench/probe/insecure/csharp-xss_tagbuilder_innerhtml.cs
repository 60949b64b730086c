tag.InnerHtml.AppendHtml(userInput);
