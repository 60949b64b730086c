window.eval(payload);
