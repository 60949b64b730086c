lblName.Text = Request["name"];
