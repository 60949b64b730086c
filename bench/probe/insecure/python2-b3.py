target = request.json.get("callback")
requests.post(target, json=data)
