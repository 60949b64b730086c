return MvcHtmlString.Create("<p>" + comment + "</p>");
