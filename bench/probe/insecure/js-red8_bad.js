window.location.href = params.get('redirect');
