Document doc = Jsoup.connect(request.getParameter("url")).get();
