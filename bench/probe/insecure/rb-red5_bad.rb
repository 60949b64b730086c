redirect_to params.fetch(:next, root_path)
