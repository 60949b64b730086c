from ftplib import FTP
ftp = FTP("ftp.example.com")
ftp.login("user", "pass123word")
