const fn = new Function('a', 'b', userCode);
