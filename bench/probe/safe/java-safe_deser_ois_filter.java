ObjectInputFilter filter = ObjectInputFilter.Config.createFilter("com.example.*;!*");
