document.getElementById('out').innerHTML = data.message;
