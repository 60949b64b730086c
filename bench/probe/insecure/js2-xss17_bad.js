script.src = new URLSearchParams(location.search).get('src');
