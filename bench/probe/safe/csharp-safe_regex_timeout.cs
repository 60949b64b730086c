var re = new Regex(Regex.Escape(userPattern), RegexOptions.None, TimeSpan.FromSeconds(1));
