xml.sax.parseString(request.data, handler)
