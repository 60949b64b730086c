var it = nav.Select("//book[author='" + author + "']");
