password = [*("a".."z"), *("0".."9")].shuffle.first(12).join
