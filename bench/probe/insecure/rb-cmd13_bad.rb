%x[ping #{host}]
