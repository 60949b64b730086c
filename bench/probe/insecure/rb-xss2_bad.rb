@user.bio.html_safe
