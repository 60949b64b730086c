Template("<h1>Hello {{ name }}</h1>").render(name=name)
