import tempfile
fname = tempfile.mktemp(suffix=".txt")
