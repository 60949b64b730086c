conn = http.client.HTTPSConnection(host, context=ssl._create_unverified_context())
