var result = await CSharpScript.EvaluateAsync(code);
