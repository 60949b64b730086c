const r = await fetch('https://api.example.com/data');
