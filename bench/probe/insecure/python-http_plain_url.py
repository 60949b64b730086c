requests.post("http://api.example.com/login", data={"password": pw})
