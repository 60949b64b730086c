@Html.Raw(ViewBag.Message)
