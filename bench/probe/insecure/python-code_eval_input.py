value = eval(input("Enter: "))
