win.postMessage(secretData, '*');
