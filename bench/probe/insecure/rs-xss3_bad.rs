let markup = PreEscaped(user_html);
