x = Psych.load(input)
