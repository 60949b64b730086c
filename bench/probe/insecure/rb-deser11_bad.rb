cfg = YAML.load_file(params[:file])
