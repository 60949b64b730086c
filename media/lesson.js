// Lesson view script (loaded with the page's CSP nonce): the two footer buttons post messages to the extension.
(function () {
  const vscode = acquireVsCodeApi();
  const learned = document.getElementById('learned');
  if (learned) {
    learned.addEventListener('click', () => {
      vscode.postMessage({ type: 'markLearned', learned: learned.dataset.learned !== 'true' });
    });
  }
  const library = document.getElementById('library');
  if (library) library.addEventListener('click', () => vscode.postMessage({ type: 'openLibrary' }));
})();
