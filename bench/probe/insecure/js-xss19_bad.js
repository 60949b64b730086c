document.writeln(userInput);
