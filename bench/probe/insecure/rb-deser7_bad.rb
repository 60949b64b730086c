obj = YAML.unsafe_load(request.body.read)
