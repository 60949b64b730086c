result = %x(grep #{pattern} /var/log/app.log)
