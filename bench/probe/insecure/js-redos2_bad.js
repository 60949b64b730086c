const re = new RegExp(`^${userInput}$`, 'i');
