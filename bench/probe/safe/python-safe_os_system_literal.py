os.system("clear")
