$(window.location.hash).show();
