r = requests.get(f"http://{host}/api/status")
