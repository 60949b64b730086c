config = YAML.safe_load(params[:yaml])
