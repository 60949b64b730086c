String cmd = "nslookup " + request.getParameter("domain");
Runtime.getRuntime().exec(cmd);
