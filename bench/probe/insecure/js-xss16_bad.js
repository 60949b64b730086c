$(location.hash)
