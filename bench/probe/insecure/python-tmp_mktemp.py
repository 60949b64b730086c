import tempfile
path = tempfile.mktemp()
