return send_file(f"reports/{name}")
