var p = Server.MapPath("~/files/" + Request["name"]);
