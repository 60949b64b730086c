var r = new XmlTextReader(input) { DtdProcessing = DtdProcessing.Parse };
