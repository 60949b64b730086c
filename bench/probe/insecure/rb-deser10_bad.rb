data = JSON.parse(body, create_additions: true)
