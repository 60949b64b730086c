@Html.Raw("<br/>")
