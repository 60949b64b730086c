const name = new URLSearchParams(location.search).get('name');
document.getElementById('greet').innerHTML = 'Hello ' + name;
