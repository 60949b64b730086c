chmod("/etc/app.conf", 0666);
