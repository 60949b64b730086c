import importlib
mod = importlib.import_module(request.args["module"])
