config = YAML.load(params[:yaml])
