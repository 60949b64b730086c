const app = new Vue({ template: `<div>${userInput}</div>` });
