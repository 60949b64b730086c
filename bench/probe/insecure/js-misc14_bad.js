const win = window.open(url);
win.opener.location = 'x';
