document.getElementById('out').textContent = data.message;
