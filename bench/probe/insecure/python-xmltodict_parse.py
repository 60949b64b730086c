import xmltodict
data = xmltodict.parse(request.data)
