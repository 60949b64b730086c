// Code actions on a finding: open its lesson, and suppress it with a reason typed into the real input box.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate, api, bridge, codeOf, resetAfterTest, openEditor, paste, placeCursorAtEnd, rangeOfText, sleep, waitFor, waitForDiagnostics, workspaceRoot, writeFile,
} from './helpers';
import { EXEC_BLOCK, EXEC_CALL, EXEC_RULE, HTTP_BLOCK, HTTP_RULE, JS_HEADER } from './snippets';

const REASON = 'name is checked against the archive allow-list upstream';

suite('code actions', () => {
  suiteSetup(activate);
  teardown(resetAfterTest);

  async function pastedFinding(name: string, block = EXEC_BLOCK, rule = EXEC_RULE, file = { extension: 'js', header: JS_HEADER }) {
    const uri = await writeFile(`actions/${name}.${file.extension}`, file.header);
    const editor = await openEditor(uri);
    placeCursorAtEnd(editor);
    await paste(editor, block);
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === rule));
    const diagnostic = ds.find((d) => codeOf(d) === rule)!;
    // The diagnostic can be published a moment before the editor hands it to code action providers, and the editor
    // cancels a request when the document or its diagnostics change meanwhile (seen once, in JSON): ask again for up
    // to five seconds (a missing action still fails the test).
    let actions: vscode.CodeAction[] = [];
    for (const until = Date.now() + 5000; actions.length === 0 && Date.now() < until; await sleep(100)) {
      const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
      ).then((all) => all, (error: Error) => {
        if (error.name !== 'Canceled' && error.message !== 'Canceled') throw error;
        return [];
      });
      actions = offered.filter((a) => a.diagnostics?.some((d) => codeOf(d) === rule) ?? true);
    }
    return { uri, editor, diagnostic, actions };
  }

  test('a rule\'s safe fix is offered as a quick fix and applying it clears the finding', async () => {
    const { uri, editor, actions } = await pastedFinding('fix', HTTP_BLOCK, HTTP_RULE);
    const fix = actions.find((a) => /^Fix: /.test(a.title));
    assert.ok(fix?.edit, `a "Fix: ..." action with an edit among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(editor.document.getText().includes("'https://internal.example.com/profiles/'"), 'the URL now uses https');
    await waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === HTTP_RULE));
  });

  test('a finding offers quick fixes: open the lesson, suppress with a reason, disable the rule', async () => {
    const { actions } = await pastedFinding('offers');
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /lesson/i.test(t)), `an "open lesson" action among ${JSON.stringify(titles)}`);
    assert.ok(titles.some((t) => /suppress/i.test(t)), `a "suppress" action among ${JSON.stringify(titles)}`);
    assert.ok(titles.some((t) => /turn off|disable/i.test(t)), `a "disable rule" action among ${JSON.stringify(titles)}`);
  });

  test('in strict JSON, which has no comments, no suppression is offered: the other fixes are', async () => {
    const config = ['  "service": "billing",', '  "region": "eu-west-1",', '  "database": {', '    "host": "db.internal",', '    "port": 5432,',
      '    "user": "billing",', '    "password": "Xk9mQ2vL7pR4zT8w"', '  },', '  "retries": 3', '}', ''].join('\n');
    const { actions } = await pastedFinding('service', config, 'secret.generic-assignment', { extension: 'json', header: '{\n' });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /disable/i.test(t)) && titles.some((t) => /lesson/i.test(t)), `lesson and disable actions among ${JSON.stringify(titles)}`);
    assert.ok(!titles.some((t) => /suppress/i.test(t)), `no "suppress" action among ${JSON.stringify(titles)}`);
  });

  test("turning a rule off in a folder writes the folder's glob to the policy, and the finding there goes", async () => {
    const policyUri = vscode.Uri.joinPath(workspaceRoot(), '.security-coach.json');
    const policyBefore = Buffer.from(await vscode.workspace.fs.readFile(policyUri)).toString('utf8');
    try {
      const { uri, actions } = await pastedFinding('off-here/finding');
      const inFolder = actions.find((a) => a.title === `Turn off ${EXEC_RULE} in actions/off-here/ in the workspace policy`);
      assert.ok(inFolder?.command, `a "turn off in this folder" action among ${JSON.stringify(actions.map((a) => a.title))}`);
      await vscode.commands.executeCommand(inFolder.command.command, ...(inFolder.command.arguments ?? []));
      const policy = Buffer.from(await vscode.workspace.fs.readFile(policyUri)).toString('utf8');
      assert.match(policy, /"js\.child-process-exec": \{\s*"ignore": \[\s*"actions\/off-here\/\*\*"\s*\]\s*\}/, policy);
      assert.ok(policy.includes('// Real-editor test policy'), 'the comments of the file are kept');
      await waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === EXEC_RULE));
    } finally {
      await vscode.workspace.fs.writeFile(policyUri, Buffer.from(policyBefore));
    }
  });

  test('turning a rule off leaves a policy file with unsaved edits alone, rather than save them for the team', async () => {
    const policyUri = vscode.Uri.joinPath(workspaceRoot(), '.security-coach.json');
    const onDisk = Buffer.from(await vscode.workspace.fs.readFile(policyUri)).toString('utf8');
    try {
      const { actions } = await pastedFinding('off-dirty');
      const disable = actions.find((a) => a.title.startsWith(`Disable ${EXEC_RULE}`));
      assert.ok(disable?.command);
      const policyEditor = await openEditor(policyUri);
      await policyEditor.edit((edit) => edit.insert(new vscode.Position(0, 0), '// draft: not agreed yet\n'));
      const written = await vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []));
      assert.equal(written, undefined, 'the command reports that it wrote nothing');
      assert.equal(Buffer.from(await vscode.workspace.fs.readFile(policyUri)).toString('utf8'), onDisk, 'the file on disk is as it was');
      assert.ok(policyEditor.document.isDirty && !policyEditor.document.getText().includes(`"${EXEC_RULE}"`), 'the unsaved draft is kept as it was');
    } finally {
      await vscode.workspace.fs.writeFile(policyUri, Buffer.from(onDisk));
    }
  });

  test('a finding inside a multi-line string gets no suppression comment, which would only become part of the string', async () => {
    const key = ['AKIA', 'Q3EGRIKXPLMNTZ7B'].join('');
    const quotes = '"'.repeat(3);
    const block = `HELP = ${quotes}\nConfigure the client first.\naws_access_key_id = ${key}\nThen run the sync.\n${quotes}\n`.repeat(2);
    const { uri, editor, actions } = await pastedFinding('in-string', block, 'secret.aws-access-key', { extension: 'py', header: 'import os\n\n' });
    const suppress = actions.find((a) => /suppress/i.test(a.title));
    assert.ok(suppress?.command, 'the suppress action is offered');
    const before = editor.document.getText();
    // The command is given its reason, as outside the rig: it must refuse before writing anything.
    const done = await vscode.commands.executeCommand(suppress.command.command, ...(suppress.command.arguments ?? []).slice(0, 3), REASON);
    assert.equal(done, false);
    await sleep(500);
    assert.equal(editor.document.getText(), before, 'the document is unchanged');
    assert.ok((await waitForDiagnostics(uri, (all) => all.length > 0)).some((d) => codeOf(d) === 'secret.aws-access-key'), 'the finding stays');
  });

  test("the suppression comment is the one its place calls for: XML's without --, JSX children's, PHP's outside <?php, none where unknown", async () => {
    const filler = (comment: string) => Array.from({ length: 6 }, (_, i) => `${comment} line ${i + 1} of the pasted block`).join('\n');
    const cases = [
      { name: 'web', extension: 'config', header: '<?xml version="1.0"?>\n', rule: 'config.aspnet-debug-compilation',
        block: `<configuration>\n  <!-- ${filler('')} -->\n  <system.web>\n    <compilation debug="true" targetFramework="4.8" />\n  </system.web>\n</configuration>\n`,
        comment: `    <!-- security-coach-ignore config.aspnet-debug-compilation: ${REASON} -->` },
      { name: 'post', extension: 'jsx', header: "import React from 'react';\n", rule: 'js.dangerously-set-inner-html',
        block: `${filler('//')}\nexport function Post({ html }) {\n  return (\n    <section>\n      <div dangerouslySetInnerHTML={{ __html: html }} />\n    </section>\n  );\n}\n`,
        comment: `      {/* security-coach-ignore js.dangerously-set-inner-html -- ${REASON} */}` },
      { name: 'greet', extension: 'php', header: '<?php require "config.php"; ?>\n', rule: 'php.echo-input',
        block: `<!-- ${filler('')} -->\n<p>\n<?= $_GET["name"] ?>\n</p>\n`,
        comment: `<?php /* security-coach-ignore php.echo-input -- ${REASON} */ ?>` },
    ];
    for (const { name, extension, header, rule, block, comment } of cases) {
      const { uri, editor, actions } = await pastedFinding(`place-${name}`, block, rule, { extension, header });
      const suppress = actions.find((a) => /suppress/i.test(a.title));
      assert.ok(suppress?.command, `${name}.${extension}: the suppress action is offered`);
      assert.equal(await vscode.commands.executeCommand(suppress.command.command, ...(suppress.command.arguments ?? []).slice(0, 3), REASON), true);
      await waitFor(() => editor.document.getText().includes(comment), `${name}.${extension}: ${comment}`);
      await waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === rule));
    }
    // LaTeX's comments are not among those Security Coach knows: it guesses none, and offers the other fixes.
    const key = ['AKIA', 'Q3EGRIKXPLMNTZ7B'].join('');
    const tex = await pastedFinding('place-notes', `${filler('%')}\n\\newcommand{\\awskey}{${key}}\n`, 'secret.aws-access-key', { extension: 'tex', header: '\\documentclass{article}\n' });
    const titles = tex.actions.map((a) => a.title);
    assert.equal(tex.editor.document.languageId, 'latex');
    assert.ok(!titles.some((t) => /suppress/i.test(t)), `no "suppress" action among ${JSON.stringify(titles)}`);
    assert.ok(titles.some((t) => /lesson/i.test(t)), `the lesson is offered among ${JSON.stringify(titles)}`);
  });

  test('a suppressed finding of Scan Current File goes from the editor at once, and is not praised as a fix', async () => {
    const uri = await writeFile('actions/scanned-whole.js', `${JS_HEADER}${EXEC_BLOCK}`);
    const editor = await openEditor(uri);
    await vscode.commands.executeCommand('securityCoach.scanFile');
    const [finding] = (await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === EXEC_RULE))).filter((d) => codeOf(d) === EXEC_RULE);
    const logged = api().logLines().length;
    assert.equal(await vscode.commands.executeCommand('securityCoach.suppressFinding', uri.toString(), EXEC_RULE, finding.range.start.line, REASON), true);
    await waitFor(() => editor.document.getText().includes(`security-coach-ignore ${EXEC_RULE} -- ${REASON}`), 'the suppression comment');
    await waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === EXEC_RULE));
    await api().whenIdle();
    assert.deepEqual(api().logLines().slice(logged).filter((l) => /\bfixed: /.test(l)), [], 'a suppression is no fix');
  });

  test('the suppress action asks for a reason and inserts a suppression comment with it', async () => {
    const { uri, editor, actions } = await pastedFinding('suppress');
    const suppress = actions.find((a) => /suppress/i.test(a.title));
    assert.ok(suppress?.command, 'the suppress action runs a command (it asks for the reason first)');
    if (suppress.edit) await vscode.workspace.applyEdit(suppress.edit);
    const args = suppress.command.arguments ?? [];
    if (bridge.available) {
      // The reason is typed into the real input box, as a person would.
      const running = vscode.commands.executeCommand(suppress.command.command, ...args);
      await sleep(800); // the quick input opens and takes focus
      await bridge.type(REASON);
      await bridge.press('Enter');
      await running;
    } else {
      // Outside the rig: the command's optional reason argument stands in for the input box.
      await vscode.commands.executeCommand(suppress.command.command, ...args.slice(0, 3), REASON);
    }

    const text = await waitFor(() => {
      const t = editor.document.getText();
      return t.includes(REASON) ? t : undefined;
    }, 'the suppression comment');
    const line = text.split('\n').find((l) => l.includes('security-coach-ignore'));
    assert.ok(line, 'a security-coach-ignore comment was inserted');
    assert.match(line, new RegExp(`security-coach-ignore ${EXEC_RULE.replace('.', '\\.')}\\b.* -- ${REASON}`));
    await waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === EXEC_RULE));
  });

  /**
   * Runs the finding's suppress action with the reason typed into the real input box, making `edit` while the box is
   * open; then the comment must sit right above the call it suppresses, and the finding go.
   */
  async function suppressWhileEditing(name: string, edit: (document: vscode.TextDocument) => Promise<void>): Promise<void> {
    const { uri, editor, actions } = await pastedFinding(name);
    const suppress = actions.find((a) => /suppress/i.test(a.title));
    assert.ok(suppress?.command);
    const running = vscode.commands.executeCommand(suppress.command.command, ...(suppress.command.arguments ?? []));
    await sleep(800); // the quick input opens and takes focus
    await edit(editor.document);
    await bridge.type(REASON);
    await bridge.press('Enter');
    await running;
    const lines = (await waitFor(() => {
      const t = editor.document.getText();
      return t.includes(REASON) ? t : undefined;
    }, 'the suppression comment')).split('\n');
    const comment = lines.findIndex((l) => l.includes('security-coach-ignore'));
    assert.ok(lines[comment + 1].includes(EXEC_CALL), `the comment sits right above the finding's line, not on: ${JSON.stringify(lines[comment + 1])}`);
    await waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === EXEC_RULE));
  }

  test('lines added above while the reason is typed: the suppression still goes right above its finding', async function () {
    if (!bridge.available) this.skip(); // the edit must land while the real input box is open
    await suppressWhileEditing('suppress-moved', async (document) => {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(0, 0), '// @ts-check\n// Owned by the storage team.\n\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
    });
  });

  test('a rescan while the reason is typed (an edit inside the block) still finds the finding to suppress', async function () {
    if (!bridge.available) this.skip();
    await suppressWhileEditing('suppress-rescanned', async (document) => {
      // A line added inside the pasted function, above the call: the block is rescanned and its findings are new objects.
      const scansBefore = api().scans().length;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, rangeOfText(document, 'const name = req.query.name;').start, '// archive names are checked upstream\n  ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor(() => api().scans().length > scansBefore, 'the block is rescanned');
    });
  });
});
