open("| #{command}")
