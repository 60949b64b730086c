var ok = Regex.IsMatch(input, Request.Query["pattern"]);
