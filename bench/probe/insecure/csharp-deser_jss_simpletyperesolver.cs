var ser = new JavaScriptSerializer(new SimpleTypeResolver());
