import assert from 'node:assert/strict';
import { parseSuppression, isInForce } from '../../src/engine/suppress';
import { scan } from '../../src/engine/scanner';
import { ALL_RULES_POLICY } from '../rule-tester';

const now = new Date('2026-06-01T12:00:00Z');
const ids = (text: string, languageId = 'javascript') => scan(text, { languageId }, ALL_RULES_POLICY, { now }).map((f) => `${f.line}:${f.ruleId}`).sort();

describe('suppressions', () => {
  it('parses ids, expiry and reason', () => {
    assert.deepEqual(parseSuppression(' js.eval-call, py.x until 2026-12-31 -- reviewed by the team */'), {
      ruleIds: ['js.eval-call', 'py.x'], until: '2026-12-31', reason: 'reviewed by the team',
    });
    assert.deepEqual(parseSuppression(' js.eval-call'), { ruleIds: ['js.eval-call'], until: undefined, reason: '' });
    // In XML and HTML comments, where `--` is not allowed, a colon ends the ids.
    assert.deepEqual(parseSuppression(' config.aspnet-debug-compilation: dev-only config -->'), {
      ruleIds: ['config.aspnet-debug-compilation'], until: undefined, reason: 'dev-only config',
    });
    assert.deepEqual(parseSuppression(' js.eval-call until 2026-12-31: reviewed: the input is a constant'), {
      ruleIds: ['js.eval-call'], until: '2026-12-31', reason: 'reviewed: the input is a constant',
    });
    assert.deepEqual(parseSuppression(' js.eval-call -- see https://example.com/adr/12'), { ruleIds: ['js.eval-call'], until: undefined, reason: 'see https://example.com/adr/12' });
  });

  it("holds in the comments written in markup: JSX children, PHP's HTML, Razor and XML", () => {
    assert.deepEqual(ids('<section>\n  {/* security-coach-ignore js.dangerously-set-inner-html -- sanitized by the CMS */}\n  <div dangerouslySetInnerHTML={{ __html: html }} />', 'javascriptreact'), []);
    assert.deepEqual(ids('<p>\n<?php /* security-coach-ignore php.echo-input -- escaped by the template filter */ ?>\n<?= $_GET["name"] ?></p>', 'php'), []);
    assert.deepEqual(ids('<p>\n<?= $_GET["name"] ?></p>', 'php'), ['2:php.echo-input'], 'the near miss: no suppression');
    assert.deepEqual(ids('<configuration>\n  <!-- security-coach-ignore config.aspnet-debug-compilation: local profile only -->\n  <compilation debug="true" targetFramework="4.8" />', 'xml'), []);
  });

  it('holds through its until day and not after', () => {
    const s = { ruleIds: ['a.b'], until: '2026-06-01', reason: 'r' };
    assert.equal(isInForce(s, new Date('2026-06-01T23:59:00Z')), true);
    assert.equal(isInForce(s, new Date('2026-06-02T00:00:01Z')), false);
    assert.equal(isInForce({ ...s, until: '2026-02-30' }, now), false);
  });

  it('silences the rule on the same line and the next line only', () => {
    assert.deepEqual(ids('eval(a) // security-coach-ignore js.eval-call -- fixture'), []);
    assert.deepEqual(ids('// security-coach-ignore js.eval-call -- fixture\neval(a)\neval(b)'), ['3:js.eval-call']);
  });

  it('written after code, speaks of that line alone; on a line of its own, of the next line too', () => {
    assert.deepEqual(ids('eval(a) // security-coach-ignore js.eval-call -- fixture\neval(req.query.code)'), ['2:js.eval-call']);
    assert.deepEqual(ids('x = 1\n  # security-coach-ignore py.eval-call -- fixture\neval(a)', 'python'), []);
    assert.deepEqual(ids('/* security-coach-ignore js.eval-call -- fixture */\neval(a)'), []);
    // The comments the editor writes in batch files and Visual Basic stand on their own line too.
    const key = ['AKIA', 'Q3EGRIKXPLMNTZ7B'].join('');
    assert.deepEqual(ids(`REM security-coach-ignore secret.aws-access-key -- rotated test key\nset KEY=${key}`, 'bat'), []);
    assert.deepEqual(ids(`' security-coach-ignore secret.aws-access-key -- rotated test key\nConst Key = "${key}"`, 'vb'), []);
    assert.deepEqual(ids(`set X=1 & REM security-coach-ignore secret.aws-access-key -- x\nset KEY=${key}`, 'bat'), ['2:secret.aws-access-key']);
  });

  it('is no suppression inside a string literal, where the program handles it as text', () => {
    assert.deepEqual(ids('const s = "security-coach-ignore js.eval-call -- x"; eval(userInput)'), ['1:js.eval-call']);
    assert.deepEqual(ids("help = 'security-coach-ignore py.eval-call -- x'\neval(a)", 'python'), ['2:py.eval-call']);
  });

  it('holds for a range scan whose window starts below it', () => {
    const filler = 'let n = 0;\n'.repeat(20);
    const inRange = (text: string) => {
      const start = text.lastIndexOf('eval');
      return scan(text, { languageId: 'javascript', range: { start, end: text.length } }, ALL_RULES_POLICY, { now }).map((f) => f.ruleId);
    };
    assert.deepEqual(inRange(`${filler}// security-coach-ignore js.eval-call -- fixture\neval(a)\n`), []);
    assert.deepEqual(inRange(`${filler}const s = "security-coach-ignore js.eval-call -- x"; eval(a)\n`), ['js.eval-call']);
  });

  it('does not silence other rules', () => {
    assert.deepEqual(ids('eval(a) // security-coach-ignore coach.suppression-expired -- fixture'), ['1:js.eval-call']);
  });

  it('a suppression without a reason is reported and does not take effect', () => {
    assert.deepEqual(ids('eval(a) // security-coach-ignore js.eval-call'), ['1:coach.suppression-without-reason', '1:js.eval-call']);
  });

  it('an expired suppression is reported and the finding comes back', () => {
    assert.deepEqual(ids('eval(a) // security-coach-ignore js.eval-call until 2026-01-01 -- migration'), ['1:coach.suppression-expired', '1:js.eval-call']);
  });

  it('an old id of a renamed rule silences the rules that replaced it, and is not unknown', () => {
    const ruby = 'File.chmod(0777, path)';
    assert.deepEqual(ids(ruby, 'ruby'), ['1:rb.chmod-world-writable']);
    assert.deepEqual(ids(`${ruby} # security-coach-ignore rb.file-permissions -- shared scratch folder`, 'ruby'), []);
  });

  it('a split rule\'s id also silences the rule split from it', () => {
    const cookie = 'resp.set_cookie("session_id", sid)';
    assert.deepEqual(ids(cookie, 'python'), ['1:py.session-cookie-without-flags']);
    assert.deepEqual(ids(`${cookie}  # security-coach-ignore py.cookie-insecure-flags -- set behind the TLS proxy`, 'python'), []);
  });

  it('an unknown rule id is reported', () => {
    assert.deepEqual(ids('x = 1 # security-coach-ignore py.nope -- legacy', 'python'), ['1:coach.suppression-unknown-rule']);
  });
});
