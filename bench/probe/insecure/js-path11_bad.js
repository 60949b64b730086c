const zip = new AdmZip(upload);
zip.extractAllTo(dest, true);
