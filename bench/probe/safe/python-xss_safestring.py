from django.utils.safestring import SafeString
SafeString(user_input)
