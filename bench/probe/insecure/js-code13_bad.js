el.setAttribute('onclick', userHandler);
