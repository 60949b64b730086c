var compilation = CSharpCompilation.Create("Dyn", new[] { CSharpSyntaxTree.ParseText(userCode) });
