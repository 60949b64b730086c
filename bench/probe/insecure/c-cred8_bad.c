PQconnectdb("host=db user=app password=Secr3tPw dbname=app");
