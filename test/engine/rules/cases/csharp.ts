// Realistic multi-line cases for the C# and .NET rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const CSHARP_CASES: Record<string, RuleCases> = {
  'cs.sql-concatenation': {
    invalid: [
      {
        code: 'public static DataSet RetrieveData(string table)\n{\n    string command = "SELECT * FROM "+ table;\n    oleComd = new OleDbCommand(command, oleCon);\n}\n',
        findings: [{ line: 3, column: 22 }],
      },
      {
        code: 'using (var cmd = connection.CreateCommand())\n{\n    cmd.CommandText = $"UPDATE Accounts SET Balance = {amount} WHERE Id = {id}";\n    cmd.ExecuteNonQuery();\n}\n',
        findings: [{ line: 3, column: 24 }],
      },
      {
        code: [
          'using (SqlCommand command = conn.CreateCommand())',
          '{',
          '    command.CommandText = "SELECT * FROM " + tableName;',
          '    conn.Open();',
          '    using (SqlDataReader reader = command.ExecuteReader(CommandBehavior.SchemaOnly))',
          '    {',
          '        reader.Read();',
          '    }',
          '}',
        ].join('\n'),
        findings: [{ line: 3, column: 27 }],
      },
    ],
    valid: [
      'using (var cmd = new SqlCommand("SELECT * FROM Users WHERE Id = @id", connection))\n{\n    cmd.Parameters.AddWithValue("@id", id);\n}\n',
      '_logger.LogInformation($"Updated {rows} rows in {table}");\n',
    ],
  },
  'cs.process-start-dynamic': {
    invalid: [
      {
        code: 'var processStartInfo = new ProcessStartInfo();\nprocessStartInfo.FileName = ffmpegPath;\nprocessStartInfo.Arguments = arg;\nvar process = Process.Start(processStartInfo);\n',
        findings: [{ line: 4, column: 15 }],
      },
    ],
    valid: ['var process = Process.Start("notepad.exe");\n'],
  },
  'cs.process-arguments-concatenation': {
    invalid: [
      {
        code: 'var psi = new ProcessStartInfo\n{\n    FileName = "git",\n    Arguments = "clone " + repoUrl + " " + target,\n};\n',
        findings: [{ line: 4, column: 5 }],
      },
    ],
    valid: ['var psi = new ProcessStartInfo { FileName = "git" };\npsi.ArgumentList.Add("clone");\npsi.ArgumentList.Add(repoUrl);\n'],
  },
  'cs.insecure-deserializer': {
    invalid: [
      {
        code: 'using (MemoryStream ms = new MemoryStream(data))\n{\n    return new BinaryFormatter().Deserialize(ms);\n}\n',
        findings: [{ line: 3, column: 12 }],
      },
    ],
    valid: ['using (MemoryStream ms = new MemoryStream(data))\n{\n    return JsonSerializer.Deserialize<Message>(ms);\n}\n'],
  },
  'cs.certificate-validation-disabled': {
    invalid: [
      {
        code: 'var handler = new HttpClientHandler\n{\n    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true\n};\n',
        findings: [{ line: 3, column: 5 }],
      },
    ],
    valid: ['var handler = new HttpClientHandler\n{\n    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None\n};\n'],
  },
  'cs.post-without-antiforgery': {
    invalid: [
      {
        code: 'public IActionResult Register()\n{\n    return View();\n}\n\n[HttpPost]\npublic async Task<IActionResult> Register(RegisterInputModel input)\n{\n',
        findings: [{ line: 6, column: 1 }],
      },
    ],
    valid: ['[HttpPost]\n[ValidateAntiForgeryToken]\npublic async Task<IActionResult> Register(RegisterInputModel input)\n{\n'],
  },
  'cs.xml-dtd-enabled': {
    invalid: [
      {
        code: 'var settings = new XmlReaderSettings\n{\n    DtdProcessing = DtdProcessing.Parse,\n    XmlResolver = new XmlUrlResolver()\n};\n',
        findings: [{ line: 3, column: 5 }, { line: 4, column: 5 }],
      },
    ],
    valid: ['var settings = new XmlReaderSettings\n{\n    DtdProcessing = DtdProcessing.Prohibit,\n    XmlResolver = null\n};\n'],
  },
  'cs.xpath-concatenation': {
    invalid: [
      {
        code: 'XPathNavigator parameterNode = methodNode.SelectSingleNode(\n    String.Format(CultureInfo.InvariantCulture, ParameterExpression, parameterName));\n',
        findings: [{ line: 1 }],
      },
    ],
    valid: ['XPathNavigator parameterNode = methodNode.SelectSingleNode("param");\n'],
  },
  'cs.sql-command-dynamic': {
    invalid: [
      {
        code: 'public object ExecuteScalar(Guid instance, byte[] comm)\n{\n    return base.Channel.ExecuteScalar(instance, comm);\n}\n',
        findings: [{ line: 3, column: 24 }],
      },
    ],
    valid: ['using (var reader = command.ExecuteReader(CommandBehavior.CloseConnection))\n{\n    while (reader.Read()) { }\n}\n'],
  },
  'cs.xml-document-default-resolver': {
    invalid: [
      {
        code: [
          'XmlDocument xmlDoc = new XmlDocument();',
          '',
          'TextReader reader = new StreamReader(new MemoryStream(data), new UTF8Encoding(false));',
          'xmlDoc.Load(reader);',
          'XmlNode node = xmlDoc.SelectSingleNode("//NOTIFICATION");',
        ].join('\n'),
        findings: [{ line: 4, column: 1 }],
      },
      {
        code: 'var xtr = new XmlTextReader(new StringReader(xml));\nvar s = new XmlReaderSettings();\nXmlReader validating = XmlReader.Create(xtr, s);\n',
        findings: [{ line: 3, column: 24 }],
      },
    ],
    valid: [
      'var doc = new XmlDocument();\ndoc.XmlResolver = null;\nusing (var sr = new StringReader(xml))\n{\n    doc.Load(sr);\n}\n',
      'var xtr = new XmlTextReader(new StringReader(xml));\nxtr.DtdProcessing = DtdProcessing.Prohibit;\nwhile (xtr.Read()) { }\n',
    ],
  },
  'cs.insecure-random': {
    invalid: [
      {
        code: [
          'Random rand = new Random(123456);',
          'foreach (var iteration in Benchmark.Iterations)',
          '{',
          '    rand.Next(10000); rand.Next(10000); rand.Next(10000);',
          '    rand.Next(10000); rand.Next(10000); rand.Next(10000);',
          '}',
        ].join('\n'),
        findings: [{ line: 4, column: 5 }],
      },
      {
        code: 'for (var i = 0; i < tmp.Length; i++)\n{\n    tmp[i].L = (byte)rand.Next(1, 100);\n    tmp[i].A = (byte)rand.Next(1, 100);\n}\n',
        findings: [{ line: 3, column: 22 }],
      },
    ],
    valid: [
      'var salt = new byte[16];\nRandomNumberGenerator.Fill(salt);\nint pin = RandomNumberGenerator.GetInt32(1000000);\n',
      'while (enumerator.MoveNext())\n{\n    var node = linkedList.Next(enumerator.Current);\n}\n',
    ],
  },
};
