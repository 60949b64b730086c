String url = "jdbc:postgresql://db:5432/app?user=admin&password=Adm1nPass";
