import re
pattern = re.compile(request.args["pattern"])
