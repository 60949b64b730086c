import assert from 'node:assert/strict';
import { splitAtTopLevelCommas } from '../../src/engine/top-level-commas';

describe('splitAtTopLevelCommas', () => {
  it('splits only at commas outside parentheses, brackets and braces', () => {
    assert.deepEqual(splitAtTopLevelCommas('f(a, b), c[1, 2], {d, e}, g'), ['f(a, b)', ' c[1, 2]', ' {d, e}', ' g']);
    assert.deepEqual(splitAtTopLevelCommas('tags: Dict[str, List[str]] = {}, q: str'), ['tags: Dict[str, List[str]] = {}', ' q: str']);
    assert.deepEqual(splitAtTopLevelCommas(''), ['']);
  });
});
