import re
if re.search(user_regex, text):
    pass
