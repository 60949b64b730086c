name = input("Name: ")  # python2
