const result = eval('(' + json + ')');
