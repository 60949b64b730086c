import assert from 'node:assert/strict';
import { CREDENTIAL_KEYWORDS, credentialName } from '../../../src/engine/rules/credentials';

describe('credential names', () => {
  const spellings = [
    'password', 'passwd', 'pwd', 'secret', 'api_key', 'apikey', 'secret_key', 'secretkey', 'access_key', 'accesskey',
    'private_key', 'privatekey', 'client_secret', 'clientsecret', 'auth_token', 'authtoken', 'access_token', 'accesstoken',
  ];

  it('matches each spelling in lower and upper case, and each contains a keyword (the rules run only near one)', () => {
    const name = new RegExp(`^${credentialName()}$`);
    for (const spelling of [...spellings, ...spellings.map((s) => s.toUpperCase())]) {
      assert.ok(name.test(spelling), `${spelling} is a credential name`);
      assert.ok(CREDENTIAL_KEYWORDS.some((keyword) => spelling.toLowerCase().includes(keyword)), `${spelling} contains a keyword`);
    }
    assert.equal(name.test('username'), false);
  });
});
