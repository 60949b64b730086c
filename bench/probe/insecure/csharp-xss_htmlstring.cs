return new HtmlString("<b>" + name + "</b>");
