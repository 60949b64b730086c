var tdes = TripleDES.Create();
