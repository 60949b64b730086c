window.addEventListener('message', (e) => { eval(e.data); });
