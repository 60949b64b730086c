@Html.Raw(Model.Description)
