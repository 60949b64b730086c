var psi = new ProcessStartInfo(Request.Form["exe"]);
