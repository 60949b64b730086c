requests.post(request.json["webhook_url"], json=payload)
