// Realistic multi-line cases for the Java and the JVM languages (Kotlin, Groovy, Scala) rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const JAVA_CASES: Record<string, RuleCases> = {
  'java.command-concatenation': {
    invalid: [
      {
        code: 'public int kill(String pid) throws Exception {\n    return Runtime.getRuntime().exec("kill " + pid).waitFor();\n}\n',
        findings: [{ line: 2, column: 33 }],
      },
      { code: 'fun ping(host: String) {\n    Runtime.getRuntime().exec("ping -c 1 $host")\n}\n', languageId: 'kotlin', findings: [{ line: 2 }] },
    ],
    valid: [
      'public int kill(long pid) throws Exception {\n    return new ProcessBuilder("kill", Long.toString(pid)).start().waitFor();\n}\n',
      '/*\n * Runtime.getRuntime().exec("kill " + pid)\n */\nclass Docs {}\n',
    ],
  },
  'java.runtime-exec-dynamic': {
    invalid: [
      {
        code: 'Process p;\ntry {\n    p = Runtime.getRuntime().exec(cmdLine);\n    p.waitFor();\n} catch (IOException e) {\n    log.error("failed", e);\n}\n',
        findings: [{ line: 3, column: 17 }],
      },
    ],
    valid: ['Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", script});\n'],
  },
  'java.sql-concatenation': {
    invalid: [
      {
        code: 'String sql = "SELECT * FROM users " +\n             "WHERE name = \'" + name + "\'";\nResultSet rs = stmt.executeQuery(sql);\n',
        findings: [{ line: 2, column: 14 }],
      },
      {
        code: 'public List<Order> find(String status) {\n    return jdbcTemplate.query("select * from orders where status = \'" + status + "\' and deleted = 0", mapper);\n}\n',
        findings: [{ line: 2 }],
      },
    ],
    valid: [
      'String sql = "SELECT * FROM users WHERE name = ?";\nPreparedStatement ps = conn.prepareStatement(sql);\nps.setString(1, name);\n',
      'throw new SQLException("Update of " + table + " failed");\n',
    ],
  },
  'java.object-input-stream': {
    invalid: [
      {
        code: 'try (ObjectInputStream in =\n         new ObjectInputStream(socket.getInputStream())) {\n    return (Message) in.readObject();\n}\n',
        findings: [{ line: 2, column: 14 }],
      },
    ],
    valid: ['try (ObjectOutputStream out = new ObjectOutputStream(socket.getOutputStream())) {\n    out.writeObject(message);\n}\n'],
  },
  'java.weak-cipher': {
    invalid: [{ code: 'SecretKeySpec key = new SecretKeySpec(keyBytes, "AES");\nCipher cipher = Cipher.getInstance("AES");\ncipher.init(Cipher.ENCRYPT_MODE, key);\n', findings: [{ line: 2, column: 17 }] }],
    valid: ['SecretKeySpec key = new SecretKeySpec(keyBytes, "AES");\nCipher cipher = Cipher.getInstance("AES/GCM/NoPadding");\n'],
  },
  'java.trust-all-certificates': {
    invalid: [
      {
        code: [
          'TrustManager[] trustAll = new TrustManager[] {',
          '    new X509TrustManager() {',
          '        public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }',
          '        public void checkClientTrusted(X509Certificate[] certs, String authType) {}',
          '        public void checkServerTrusted(X509Certificate[] certs, String authType) {',
          '        }',
          '    }',
          '};',
        ].join('\n'),
        findings: [{ line: 5, column: 21 }],
      },
    ],
    valid: ['public void checkServerTrusted(X509Certificate[] certs, String authType) throws CertificateException {\n    delegate.checkServerTrusted(certs, authType);\n}\n'],
  },
  'java.xxe-parser-factory': {
    invalid: [
      {
        code: 'DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\nDocumentBuilder db = dbf.newDocumentBuilder();\nDocument doc = db.parse(request.getInputStream());\n',
        findings: [{ line: 3, column: 16 }],
      },
      {
        code: [
          'SAXParserFactory factory = SAXParserFactory.newInstance();',
          'try {',
          '    // parse the page',
          '    SAXParser parser = factory.newSAXParser();',
          '    InputSource source = new InputSource(page.getInputStream());',
          '    parser.parse(source, handler);',
          '} catch (Exception e) {',
          '    reportError(e.getMessage());',
          '}',
        ].join('\n'),
        findings: [{ line: 6, column: 5 }],
      },
      {
        code: 'XMLReader reader = XMLReaderFactory.createXMLReader();\nreader.setContentHandler(handler);\nreader.parse(new InputSource(in));\n',
        findings: [{ line: 3, column: 1 }],
      },
      {
        code: 'XMLInputFactory inputFactory = XMLInputFactory.newFactory();\ninputFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, processEntities);\nXMLStreamReader streamReader = inputFactory.createXMLStreamReader(body);\n',
        findings: [{ line: 3, column: 32 }],
      },
    ],
    valid: [
      'dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);\nDocumentBuilder db = dbf.newDocumentBuilder();\n',
      [
        'DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();',
        'dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);',
        'Document doc = dbf.newDocumentBuilder().parse(in);',
      ].join('\n'),
      [
        'SAXParserFactory spf = SAXParserFactory.newInstance();',
        'spf.setNamespaceAware(true);',
        'spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);',
        'SAXParser parser = spf.newSAXParser();',
        'parser.parse(source, handler);',
      ].join('\n'),
      'XMLInputFactory xif = XMLInputFactory.newFactory();\nxif.setProperty(XMLInputFactory.SUPPORT_DTD, false);\nXMLStreamReader r = xif.createXMLStreamReader(body);\n',
    ],
  },
  'java.spring-csrf-disabled': {
    invalid: [
      {
        code: 'http\n    .authorizeRequests()\n        .anyRequest().authenticated()\n        .and()\n    .csrf()\n        .disable();\n',
        findings: [{ line: 5 }],
      },
    ],
    valid: ['http\n    .authorizeRequests()\n        .anyRequest().authenticated()\n        .and()\n    .csrf();\n'],
  },
  'java.ldap-filter-concatenation': {
    invalid: [
      {
        code: 'String filter = "(&(objectClass=inetOrgPerson)(uid=" + login + "))";\nNamingEnumeration<SearchResult> results = ctx.search("ou=people", filter, controls);\n',
        findings: [{ line: 1, column: 17 }],
      },
    ],
    valid: ['NamingEnumeration<SearchResult> results = ctx.search("ou=people", "(uid={0})", new Object[] {login}, controls);\n'],
  },
  'java.util-random': {
    invalid: [
      {
        code: 'final Random rnd = new Random();\nfinal byte[] data = new byte[4096];\nfor (int i = 0; i < data.length; ) {\n    if (rnd.nextBoolean()) {\n        out.write(data[i++]);\n    }\n}\n',
        findings: [{ line: 4, column: 9 }],
      },
      {
        code: 'double ax = accStd[0] * rand.nextGaussian();\ndouble ay = accStd[1] * rand.nextGaussian();\n\ndouble az = ampG * rand.nextGaussian();\n',
        findings: [{ line: 1, column: 25 }, { line: 4, column: 20 }],
      },
    ],
    valid: [
      'SecureRandom random = new SecureRandom();\nbyte[] salt = new byte[16];\nrandom.nextBytes(salt);\n',
      'String token = new BigInteger(130, secureRandom).toString(32);\ndouble d = secureRandom.nextDouble();\n',
      'Iterator<String> it = names.iterator();\nString first = it.next();\n',
    ],
  },
};
