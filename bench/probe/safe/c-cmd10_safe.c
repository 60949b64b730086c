system("clear");
