script.src = params.get('callback');
document.head.appendChild(script);
