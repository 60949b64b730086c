response.setHeader("Access-Control-Allow-Origin", "*");
