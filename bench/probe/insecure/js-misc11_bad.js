const parser = new xml2js.Parser();
const doc = libxmljs.parseXml(xml, { noent: true });
