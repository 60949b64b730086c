window.location = new URLSearchParams(location.search).get('next');
