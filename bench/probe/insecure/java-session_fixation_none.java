http.sessionManagement().sessionFixation().none();
