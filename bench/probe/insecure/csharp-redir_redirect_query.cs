return Redirect(Request.Query["next"]);
